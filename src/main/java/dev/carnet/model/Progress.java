package dev.carnet.model;

import java.util.Locale;

/**
 * Where long work (publish, sync) reports its phases, and asks whether the person cancelled it.
 * Implementations are called from worker threads.
 *
 * <p>In model because vcs (which reports and stops transfers), service and tui all meet here, and
 * model is the one package all three may see (DESIGN.md §3); it is a callback, not configuration.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void phase(String what) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** "building the site", "pushing to origin", ... as they are to be shown (JGit's own tasks are English). */
    void phase(String what);

    /**
     * A phase of carnet's own, as the key of its pattern in the errors bundle and what fills it,
     * so that a front end says it in its reader's language; by default, in English.
     */
    default void step(String key, Object... args) {
        phase(Messages.of("errors", Locale.ENGLISH).format(key, args));
    }

    boolean cancelled();

    /** Asks the person for a secret (an SSH key's passphrase); null when nobody can answer. */
    default char[] secret(String prompt) {
        return null;
    }
}
