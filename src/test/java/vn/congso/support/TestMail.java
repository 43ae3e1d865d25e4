package vn.congso.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real SMTP server (GreenMail, SMTP only, no authentication) for the whole test JVM, on a free port chosen at
 * first start and kept across restarts. Every {@link CongsoTest} context sends its e-mails there through
 * {@link Initializer}. Contexts share it: tests read only the messages of their own unique recipient (or purge).
 */
public final class TestMail {

    private static final String HOST = "127.0.0.1";
    private static GreenMail server;
    private static int port;

    private TestMail() {
    }

    /** Starts the server if it is not running; returns its port. */
    public static synchronized int start() {
        if (server != null && server.isRunning()) {
            return port;
        }
        if (port == 0) {
            port = freePort();
        }
        server = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return port;
    }

    /** Stops the server (connections are refused until {@link #restart()}); received messages are lost. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Starts the server again on the same port. */
    public static synchronized void restart() {
        stop();
        start();
    }

    public static synchronized boolean isRunning() {
        return server != null && server.isRunning();
    }

    public static synchronized int port() {
        return port;
    }

    public static synchronized void purge() {
        try {
            if (isRunning()) {
                server.purgeEmailFromAllMailboxes();
            }
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every message received since the last (re)start or purge. */
    public static synchronized List<MimeMessage> received() {
        return isRunning() ? Arrays.asList(server.getReceivedMessages()) : List.of();
    }

    /** The messages received for one recipient address. */
    public static List<MimeMessage> receivedBy(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return received().stream().filter(m -> recipients(m).contains(wanted)).toList();
    }

    /** Waits until {@code count} messages arrived for {@code address} (at most {@code timeout}) and returns them. */
    public static List<MimeMessage> awaitMessages(String address, int count, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> receivedBy(address).size() >= count);
        return receivedBy(address);
    }

    public static MimeMessage awaitMessage(String address) {
        return awaitMessages(address, 1, Duration.ofSeconds(20)).get(0);
    }

    /** The text of the first part of this MIME type ("text/plain" or "text/html"), searching nested multiparts. */
    public static String part(MimeMessage message, String mimeType) {
        try {
            String found = find(message, mimeType);
            if (found == null) {
                throw new AssertionError("No " + mimeType + " part in the message");
            }
            return found;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            Address[] to = m.getAllRecipients();
            return to == null ? List.of() : Arrays.stream(to).map(a -> a.toString().toLowerCase(Locale.ROOT)).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Points a test context at the shared server (starting it if needed), with a short delivery poll and back-off
     * so retries happen within a test's patience.
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            int smtpPort = start();
            TestPropertyValues.of(
                    "spring.mail.host=localhost",
                    "spring.mail.port=" + smtpPort,
                    "congso.notification.poll-ms=200",
                    "congso.notification.backoff-base=1s",
                    "congso.notification.backoff-max=4s"
            ).applyTo(context);
        }
    }
}
