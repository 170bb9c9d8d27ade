package org.caravan.api.security;

import org.caravan.api.config.CaravanProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The first start of an empty installation stays one command: it makes the instance administrator's token and the
 * first organisation's first owner, and writes each secret to a file in the data folder that only the user running
 * the service can read ({@code admin-token}, {@code first-sign-in}). The log says where they are, never what they
 * say. Done once per database, by whichever instance gets there first; {@code caravan.security.renew-admin-token}
 * replaces a lost administrator token.
 */
@Component
class FirstStart implements SmartInitializingSingleton {

    static final String ADMIN_TOKEN_FILE = "admin-token";
    static final String FIRST_SIGN_IN_FILE = "first-sign-in";
    static final String FIRST_USERNAME = "owner";
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final Access access;
    private final Path dataDir;
    private final boolean renewAdminToken;

    FirstStart(Access access, CaravanProperties properties) {
        this.access = access;
        this.dataDir = properties.dataDir().toAbsolutePath().normalize();
        this.renewAdminToken = properties.security().renewAdminToken();
    }

    @Override
    public void afterSingletonsInstantiated() {
        Optional<String> adminToken = renewAdminToken ? Optional.of(access.renewAdministratorToken())
                : access.createAdministrator();
        adminToken.ifPresent(token -> {
            Path file = writePrivately(ADMIN_TOKEN_FILE, token + "\n");
            LOG.info("The administrator's token is in {} (readable by this user only): it creates organisations, "
                    + "POST /api/organisations", file);
        });
        access.createFirstMember(FIRST_USERNAME).ifPresent(first -> {
            Path file = writePrivately(FIRST_SIGN_IN_FILE, """
                    # The first sign-in to the planner's page, as the owner of the organisation "%s" (id %d).
                    # Change the password once signed in (PUT /api/session/password), then delete this file.
                    username=%s
                    password=%s
                    """.formatted(first.organisation().name(), first.organisation().id(), first.username(),
                    first.password()));
            LOG.info("The first sign-in to the planner's page (username {}, organisation '{}') is in {} (readable by "
                    + "this user only)", first.username(), first.organisation().name(), file);
        });
    }

    /** Writes a file only its owner can read or write, replacing an older one in one step. */
    private Path writePrivately(String name, String content) {
        Path target = dataDir.resolve(name);
        try {
            Files.createDirectories(dataDir);
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Path temporary = posix
                    ? Files.createTempFile(dataDir, name, ".tmp", PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(dataDir, name, ".tmp");
            if (!posix) {
                var file = temporary.toFile();
                file.setReadable(false, false);
                file.setWritable(false, false);
                file.setReadable(true, true);
                file.setWritable(true, true);
            }
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + "; start once with "
                    + "--caravan.security.renew-admin-token=true after fixing the folder's permissions", e);
        }
    }
}
