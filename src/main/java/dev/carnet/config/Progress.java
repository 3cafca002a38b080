package dev.carnet.config;

/**
 * Where long work (publish, sync) reports its phases, and asks whether the person cancelled it.
 * Implementations are called from worker threads.
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

    /** "building the site", "pushing to origin", ... */
    void phase(String what);

    boolean cancelled();

    /** Asks the person for a secret (an SSH key's passphrase); null when nobody can answer. */
    default char[] secret(String prompt) {
        return null;
    }
}
