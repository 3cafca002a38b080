package dev.carnet.serve;

import java.nio.charset.StandardCharsets;

/**
 * The small script the preview adds to each HTML page it serves (never to the built site): it
 * listens to {@link ReloadEvents} and reloads the page after a build, or shows the build's
 * problem over the page. The page knows the build it came from; when the stream opens on a newer
 * one (a save landed between the page and its stream), it reloads at once.
 */
final class LiveReload {
    static final String EVENTS = "/__carnet/events";

    private LiveReload() {
    }

    static byte[] inject(byte[] html, long generation) {
        String page = new String(html, StandardCharsets.UTF_8);
        String script = "<script>(()=>{const built=" + generation + ";const s=new EventSource(\"" + EVENTS + "\");"
                + "s.addEventListener(\"hello\",e=>{if(Number(e.data)!==built)location.reload()});"
                + "s.addEventListener(\"reload\",()=>location.reload());"
                + "s.addEventListener(\"problem\",e=>{let p=document.getElementById(\"carnet-problem\");"
                + "if(!p){p=document.createElement(\"pre\");p.id=\"carnet-problem\";"
                + "p.style.cssText=\"position:fixed;left:0;right:0;bottom:0;margin:0;padding:1em;background:#fff0f0;"
                + "color:#900;border-top:3px solid #900;white-space:pre-wrap;z-index:99999\";document.body.append(p)}"
                + "p.textContent=e.data});})();</script>";
        int end = page.lastIndexOf("</body>");
        String withScript = end < 0 ? page + script : page.substring(0, end) + script + page.substring(end);
        return withScript.getBytes(StandardCharsets.UTF_8);
    }
}
