package dev.carnet.vcs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/** What a publish would send: each file of the new site against the pages branch as it is. */
final class PagesDiff {
    private PagesDiff() {
    }

    /** @param last the pages branch's commit now, or null when there is none yet */
    static List<FileChange> of(Repository repository, RevCommit last, Map<String, byte[]> files) throws IOException {
        Map<String, ObjectId> before = new HashMap<>();
        if (last != null) {
            try (TreeWalk walk = new TreeWalk(repository)) {
                walk.addTree(last.getTree());
                walk.setRecursive(true);
                while (walk.next()) {
                    before.put(walk.getPathString(), walk.getObjectId(0));
                }
            }
        }
        Map<String, FileChange.Kind> changes = new TreeMap<>();
        try (ObjectInserter.Formatter ids = new ObjectInserter.Formatter()) {
            files.forEach((path, content) -> {
                ObjectId old = before.remove(path);
                if (old == null) {
                    changes.put(path, FileChange.Kind.NEW);
                } else if (!old.equals(ids.idFor(Constants.OBJ_BLOB, content))) {
                    changes.put(path, FileChange.Kind.MODIFIED);
                }
            });
        }
        before.keySet().forEach(path -> changes.put(path, FileChange.Kind.DELETED));
        List<FileChange> list = new ArrayList<>();
        changes.forEach((path, kind) -> list.add(new FileChange(path, kind)));
        return list;
    }
}
