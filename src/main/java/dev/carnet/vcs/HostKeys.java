package dev.carnet.vcs;

import dev.carnet.error.Phrase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.eclipse.jgit.internal.transport.sshd.OpenSshServerKeyDatabase;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * The SSH hosts carnet trusts: those of {@code ~/.ssh/known_hosts}. An unknown host is refused
 * with its fingerprint and the exact line to add, or accepted (and added, creating the file)
 * when the author asked for it; a host whose key changed is always refused.
 */
final class HostKeys implements ServerKeyDatabase {
    private final Path knownHosts;
    private final boolean acceptNew;
    private final OpenSshServerKeyDatabase known;
    private volatile Phrase refusal;

    HostKeys(Path knownHosts, boolean acceptNew) {
        this.knownHosts = knownHosts;
        this.acceptNew = acceptNew;
        this.known = new OpenSshServerKeyDatabase(false, List.of(knownHosts));
    }

    /** Why the last host was refused, in the words the author needs; null when none was. */
    Phrase refusal() {
        return refusal;
    }

    @Override
    public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
        return known.lookup(connectAddress, remoteAddress, config);
    }

    @Override
    public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
                          Configuration config, CredentialsProvider provider) {
        List<PublicKey> keys = Files.exists(knownHosts) ? known.lookup(connectAddress, remoteAddress, config) : List.of();
        if (keys.stream().anyMatch(key -> KeyUtils.compareKeys(key, serverKey))) {
            return true;
        }
        String fingerprint = KeyUtils.getFingerPrint(serverKey);
        String line = connectAddress + " " + PublicKeyEntry.toString(serverKey);
        if (!keys.isEmpty()) {
            refusal = Phrase.of("ssh.keyChanged", connectAddress, knownHosts, fingerprint);
            return false;
        }
        if (acceptNew) {
            try {
                Files.createDirectories(knownHosts.getParent());
                Files.writeString(knownHosts, line + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                return true;
            } catch (IOException e) {
                refusal = Phrase.of("ssh.cannotAdd", connectAddress, knownHosts, e.getMessage());
                return false;
            }
        }
        refusal = Phrase.of("ssh.unknownHost", connectAddress, fingerprint, knownHosts, line);
        return false;
    }

}
