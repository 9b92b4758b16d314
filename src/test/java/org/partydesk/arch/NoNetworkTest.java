package org.partydesk.arch;

import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.NetworkChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "The app makes no network connection at all" (docs/decisions/0010-no-network.md): no class of
 * PartyDesk uses sockets, URL connections, an HTTP client, a web view, or asks the desktop to browse or
 * mail; and the command line, run end to end in a child JVM whose security manager refuses every socket
 * and name lookup (but the JDK's own look-up of this machine's name for its font cache), does all its work (sample, import, export, check, backup, restore, package) without one.
 */
class NoNetworkTest {
    @TempDir
    Path dir;

    static final DescribedPredicate<JavaClass> NETWORK = resideInAnyPackage("java.net.http..", "javax.net..", "jdk.net..",
            "javafx.scene.web..", "java.rmi..", "javax.naming..", "com.sun.net..", "sun.net..")
            .or(assignableTo(Socket.class)).or(assignableTo(ServerSocket.class)).or(assignableTo(DatagramSocket.class))
            .or(assignableTo(URLConnection.class)).or(assignableTo(NetworkChannel.class))
            .or(assignableTo(InetAddress.class)).or(assignableTo(SocketAddress.class)).or(assignableTo(Proxy.class))
            .as("network classes (sockets, URL connections, HTTP clients, web views, name lookups)");

    static final ArchRule NO_NETWORK = noClasses().that().resideInAPackage("org.partydesk..")
            .should().dependOnClassesThat(NETWORK)
            .orShould().callMethod(URL.class, "openConnection")
            .orShould().callMethod(URL.class, "openConnection", Proxy.class)
            .orShould().callMethod(URL.class, "openStream")
            .orShould().callMethod(URL.class, "getContent")
            .orShould().callMethod(URL.class, "getContent", Class[].class)
            .orShould().callMethod(java.awt.Desktop.class, "browse", URI.class)
            .orShould().callMethod(java.awt.Desktop.class, "mail")
            .orShould().callMethod(java.awt.Desktop.class, "mail", URI.class)
            .orShould().callMethod(javafx.application.HostServices.class, "showDocument", String.class);

    @Test
    void noClassOfTheProgramUsesTheNetwork() {
        NO_NETWORK.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.partydesk"));
    }

    /** A class that reads a web address: the rule must catch it (else the rule above proves nothing). */
    static final class ReadsAWebPage {
        byte[] read(URL url) throws java.io.IOException {
            try (InputStream in = url.openStream()) {
                return in.readAllBytes();
            }
        }
    }

    /** A class that opens a socket. */
    static final class OpensASocket {
        void open() throws java.io.IOException {
            new Socket("127.0.0.1", 9).close();
        }
    }

    @Test
    void theRuleCatchesAProgramThatWouldUseTheNetwork() {
        assertThat(NO_NETWORK.evaluate(new ClassFileImporter().importClasses(ReadsAWebPage.class)).hasViolation()).isTrue();
        assertThat(NO_NETWORK.evaluate(new ClassFileImporter().importClasses(OpensASocket.class)).hasViolation()).isTrue();
    }

    @Test
    void theCommandLineDoesItsWorkWithEverySocketRefused() throws Exception {
        Assumptions.assumeTrue(Runtime.version().feature() < 24, "JDK 24+ has no security manager to refuse sockets with");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-Dfile.encoding=UTF-8", "-Dpartydesk.home=" + dir.resolve("home"),
                "-cp", System.getProperty("java.class.path"), NoNetworkRun.class.getName(), dir.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("NO NETWORK: 9 commands done").doesNotContain("NETWORK ATTEMPT");
    }

    /** The proof that the runtime check has teeth: the same security manager refuses a real socket. */
    @Test
    void theRefusingSecurityManagerDoesRefuseASocket() throws Exception {
        Assumptions.assumeTrue(Runtime.version().feature() < 24, "JDK 24+ has no security manager");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-cp", System.getProperty("java.class.path"),
                NoNetworkRun.class.getName(), "--try-socket").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("NETWORK ATTEMPT");
        assertThat(p.exitValue()).isNotZero();
    }
}
