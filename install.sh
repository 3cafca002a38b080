#!/usr/bin/env bash
# Builds carnet from this checkout and installs it:
#   $PREFIX/bin/carnet          the launcher
#   $PREFIX/lib/carnet/         the jar and its class-data archive (fast start)
# PREFIX: --prefix DIR, else $PREFIX, else /usr/local when writable, else ~/.local.
# Run it again to update (idempotent); ./install.sh --uninstall removes what it installed.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: ./install.sh [--prefix DIR] [--jar FILE] [--uninstall]
  Builds carnet (tests skipped; run 'mvn -B verify' for those) and installs
  DIR/bin/carnet and DIR/lib/carnet/. Default DIR: /usr/local when writable,
  else ~/.local. --jar installs an already built carnet-all.jar instead of
  building one.
USAGE
}

prefix="${PREFIX:-}"
uninstall=false
jar=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }; prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --jar) [ $# -ge 2 ] || { echo "install.sh: --jar needs a file" >&2; exit 2; }; jar="$2"; shift 2 ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

if [ -z "$prefix" ]; then
  if [ -w /usr/local ] && { [ ! -e /usr/local/bin ] || [ -w /usr/local/bin ]; }; then
    prefix=/usr/local
  else
    prefix="$HOME/.local"
  fi
fi
prefix="${prefix%/}"
bin="$prefix/bin"
lib="$prefix/lib/carnet"
marker="# carnet launcher (written by carnet's install.sh)"

if $uninstall; then
  removed=false
  if [ -f "$bin/carnet" ] && grep -qF "$marker" "$bin/carnet"; then
    rm -f "$bin/carnet"; removed=true
  fi
  if [ -d "$lib" ]; then
    rm -rf "$lib"; removed=true
  fi
  if $removed; then echo "carnet removed from $prefix"; else echo "carnet is not installed in $prefix"; fi
  exit 0
fi

if [ -n "$jar" ]; then
  [ -f "$jar" ] || { echo "install.sh: --jar $jar: no such file" >&2; exit 2; }
  jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
fi
cd "$(dirname "$0")"

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v "$java_bin" >/dev/null 2>&1 || { echo "install.sh: java not found; install a JDK 17 or newer" >&2; exit 1; }
[ -n "$jar" ] || command -v mvn >/dev/null 2>&1 || { echo "install.sh: mvn not found; install Apache Maven" >&2; exit 1; }
java_version=$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${java_version%%.*}" -lt 17 ] 2>/dev/null; then
  echo "install.sh: carnet needs Java 17 or newer; $java_bin is Java $java_version" >&2; exit 1
fi
java_path=$(command -v "$java_bin")

if [ -z "$jar" ]; then
  echo "Building carnet (mvn package, tests skipped)..."
  log=$(mktemp)
  if ! mvn -B -q -DskipTests package >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    echo "install.sh: the build failed (see above); nothing was installed" >&2; exit 1
  fi
  rm -f "$log"
  jar=target/carnet-all.jar
fi

mkdir -p "$bin" "$lib"
cp "$jar" "$lib/carnet.jar.new"
mv -f "$lib/carnet.jar.new" "$lib/carnet.jar"

launcher="$bin/carnet.new"
cat > "$launcher" <<LAUNCHER
#!/bin/sh
$marker
# Starts fast with the class-data archive made at install time (AppCDS) and the C1 compiler;
# a missing or stale archive is ignored and carnet starts normally. With 4 GB of memory or more,
# the parallel collector and a young generation of 128 MB: its two threads halve the pauses of a
# build after one edit (0.93 s instead of 1.02 on 10,000 notes), and a cold build peaks under
# 600 MB. With less, the serial collector, which sizes itself to what the notes need. On two
# cores or fewer, one compiler thread instead of two: the second took CPU from the build's two
# threads, and a cold build of 1,000 notes went from 1.87 to 1.67 s median (8 rounds alternated).
# Methods are compiled after a quarter of the usual calls (CompileThresholdScaling): a build runs
# each note's code a few thousand times, too few for the default to stop interpreting early. A cold
# build of 1,000 notes went from 1.59 to 1.46 s median (10 rounds alternated), 10,000 from 7.04 to
# 6.67 s; a build after one edit is the same (0.96 / 0.97 s on 10,000 notes).
lib="$lib"
java="$java_path"
[ -x "\$java" ] || java=java
jvm=-XX:+UseSerialGC
if [ -r /proc/meminfo ]; then
  read -r _ kb _ < /proc/meminfo
  if [ "\${kb:-0}" -ge 4000000 ] 2>/dev/null; then jvm="-XX:+UseParallelGC -Xmn128m"; fi
fi
cpus=\$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 4)
if [ "\${cpus:-4}" -le 2 ] 2>/dev/null; then jvm="\$jvm -XX:CICompilerCount=1"; fi
if [ -f "\$lib/carnet.jsa" ]; then
  exec "\$java" -XX:SharedArchiveFile="\$lib/carnet.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off \\
    -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.25 \$jvm -jar "\$lib/carnet.jar" "\$@"
fi
exec "\$java" -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.25 \$jvm -jar "\$lib/carnet.jar" "\$@"
LAUNCHER
chmod 755 "$launcher"
mv -f "$launcher" "$bin/carnet"

# The archive holds the classes typical runs load, parsed and verified ahead of time: the list is
# recorded over a throw-away demo blog by several runs (demo, a full build, a build after an edit,
# check, search), then dumped as one static archive. A dynamic archive records one run only, and
# the demo alone left the build's 1,700 classes (flexmark, Pebble, Rome, carnet's site) to load
# from the jar on every build: about a fifth of a build after one edit.
echo "Preparing fast start (class-data archive)..."
rm -f "$lib/carnet.jsa"
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
train() {
  local list="$training/classes-$1.lst"; shift
  HOME="$training" GIT_CONFIG_NOSYSTEM=1 "$java_path" -XX:DumpLoadedClassList="$list" -Xshare:off \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$lib/carnet.jar" "$@" >/dev/null 2>&1
}
demo="$training/demo"
# A training run that fails (a check finding something, say) still recorded what it loaded.
train 1 demo --dir "$demo" || true
if [ -d "$demo/notes" ]; then
  train 2 -C "$demo" build || true
  echo >> "$(find "$demo/notes" -name '*.md' | sort | tail -1)"
  train 3 -C "$demo" build || true
  train 4 -C "$demo" check || true
  train 5 -C "$demo" search atelier || true
fi
if cat "$training"/classes-*.lst 2>/dev/null | awk '!seen[$0]++' > "$training/classes.lst" && [ -s "$training/classes.lst" ] \
   && "$java_path" -Xshare:dump -XX:SharedClassListFile="$training/classes.lst" -XX:SharedArchiveFile="$lib/carnet.jsa" \
        -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$lib/carnet.jar" >/dev/null 2>&1; then
  :
else
  rm -f "$lib/carnet.jsa"
  echo "(no class-data archive: carnet will start a little slower)"
fi

echo "Installed carnet in $prefix: $bin/carnet, $lib/"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "Note: $bin is not on your PATH. Add this line to your ~/.profile (or ~/.bashrc), then open a new shell:"
     echo "  export PATH=\"$bin:\$PATH\"" ;;
esac
"$bin/carnet" --version | head -n 1
