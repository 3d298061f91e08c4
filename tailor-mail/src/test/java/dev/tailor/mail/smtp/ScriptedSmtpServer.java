package dev.tailor.mail.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server for replies GreenMail cannot give: each command is answered by the {@link
 * Script}, which may return a reply line or {@link #DROP} to close the connection at that point.
 * Records the messages accepted after DATA.
 */
public final class ScriptedSmtpServer implements AutoCloseable {
  public static final String DROP = "<drop>";

  /** The reply to each command; {@code n} counts that command across all connections, from 1. */
  public interface Script {
    default String mail(int n) {
      return "250 2.1.0 ok";
    }

    default String rcpt(int n, String address) {
      return "250 2.1.5 ok";
    }

    /** The reply to the end of the message (after the terminating dot). */
    default String data(int n) {
      return "250 2.0.0 queued as Q" + n;
    }

    /**
     * The reply to the end of the message, knowing its recipients (the {@code RCPT TO} lines the
     * server accepted in this transaction); {@link #data(int)} unless overridden.
     */
    default String data(int n, List<String> recipients) {
      return data(n);
    }
  }

  private final ServerSocket server;
  private final Script script;
  private final Thread acceptor;
  private final AtomicInteger mails = new AtomicInteger();
  private final AtomicInteger rcpts = new AtomicInteger();
  private final AtomicInteger datas = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
  private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());

  public ScriptedSmtpServer(Script script) throws IOException {
    this.script = script;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::acceptLoop, "scripted-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  public int connections() {
    return connections.get();
  }

  /** The raw messages accepted (250 after DATA). */
  public List<String> accepted() {
    return List.copyOf(accepted);
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        sockets.add(s);
        connections.incrementAndGet();
        Thread t = new Thread(() -> serve(s), "scripted-smtp-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 scripted ESMTP");
      List<String> recipients = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
        String answer =
            switch (cmd) {
              case "EHLO", "HELO" -> "250 scripted";
              case "MAIL" -> script.mail(mails.incrementAndGet());
              case "RCPT" -> script.rcpt(rcpts.incrementAndGet(), line);
              case "DATA" -> "354 go ahead";
              case "RSET", "NOOP" -> "250 ok";
              case "QUIT" -> "221 bye";
              default -> "502 unknown";
            };
        if (answer.equals(DROP)) {
          return;
        }
        if (cmd.equals("MAIL") || cmd.equals("RSET")) {
          recipients.clear();
        } else if (cmd.equals("RCPT") && answer.startsWith("250")) {
          recipients.add(line);
        }
        reply(out, answer);
        if (cmd.equals("QUIT")) {
          return;
        }
        if (cmd.equals("DATA")) {
          StringBuilder message = new StringBuilder();
          while ((line = in.readLine()) != null && !line.equals(".")) {
            message.append(line).append('\n');
          }
          String end = script.data(datas.incrementAndGet(), List.copyOf(recipients));
          recipients.clear();
          if (end.equals(DROP)) {
            return;
          }
          if (end.startsWith("250")) {
            accepted.add(message.toString());
          }
          reply(out, end);
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    synchronized (sockets) {
      for (Socket s : sockets) {
        s.close();
      }
    }
  }
}
