package dev.dash.auth;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * A local RSA key pair for trying prd mode: created on first use in a directory ({@code .dash/jwt}), never committed.
 * Its public key is what JWT_VERIFICATION_KEY must hold for the service to accept the tokens minted here.
 */
public final class DevTokens {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final boolean created;
    private final Path publicKeyFile;

    private DevTokens(PrivateKey privateKey, PublicKey publicKey, boolean created, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.created = created;
        this.publicKeyFile = publicKeyFile;
    }

    /** The key pair in {@code dir}, created there when absent. */
    public static DevTokens in(Path dir) {
        Path privateFile = dir.resolve("private.pem");
        Path publicFile = dir.resolve("public.pem");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return new DevTokens(rsa.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privateFile)))),
                        rsa.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicFile)))), false,
                        publicFile);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            setOwnerOnly(privateFile);
            Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return new DevTokens(pair.getPrivate(), pair.getPublic(), true, publicFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read or create the key pair in " + dir, e);
        }
    }

    /** A signed RS256 token with AgentOS's claims: {@code sub} and {@code scopes}. */
    public String mint(String subject, List<String> scopes, Duration lifetime) {
        return sign(Jwt.subject(subject).claim("scopes", scopes).issuer("dash-dev").expiresIn(lifetime));
    }

    /** These claims, signed RS256 with this pair's private key. */
    public String sign(JwtClaimsBuilder claims) {
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(privateKey);
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** Whether this call created the key pair. */
    public boolean created() {
        return created;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own protection applies.
        }
    }
}
