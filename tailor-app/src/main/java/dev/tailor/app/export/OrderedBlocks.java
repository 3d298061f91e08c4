package dev.tailor.app.export;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes blocks of bytes made by several workers in the order of the customer ranges they cover:
 * the block starting where the previous one ended is written at once (with any later blocks that
 * were already waiting), a block further ahead waits. At most {@code window} blocks wait; a worker
 * whose block would exceed that blocks until the writing catches up (the block that is due never
 * waits, so this cannot deadlock). Buffers are pooled: take one with {@link #buffer}, hand it back
 * through {@link #submit}.
 */
public final class OrderedBlocks {
  /** A growable byte buffer for one block. */
  public static final class Buffer {
    public byte[] bytes = new byte[1 << 16];
    public int length;

    /** Makes room for {@code more} bytes after {@link #length}. */
    public byte[] room(int more) {
      if (length + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
      }
      return bytes;
    }
  }

  private record Pending(int to, Buffer buffer) {}

  private final OutputStream out;
  private final int window;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition progressed = lock.newCondition();
  private final Map<Integer, Pending> waiting = new HashMap<>();
  private final ConcurrentLinkedQueue<Buffer> spare = new ConcurrentLinkedQueue<>();
  private int next;
  private long bytes;
  private boolean aborted;

  public OrderedBlocks(OutputStream out, int first, int window) {
    this.out = out;
    this.next = first;
    this.window = Math.max(1, window);
  }

  public Buffer buffer() {
    Buffer b = spare.poll();
    if (b == null) {
      b = new Buffer();
    }
    b.length = 0;
    return b;
  }

  /** Queues the block of customers {@code [from, to)}; writes what is due. */
  public void submit(int from, int to, Buffer buffer) {
    lock.lock();
    try {
      while (from != next && waiting.size() >= window && !aborted) {
        progressed.await();
      }
      if (aborted) {
        throw new TailorException(ErrorCode.RUNTIME, "writing stopped after a failure");
      }
      waiting.put(from, new Pending(to, buffer));
      Pending p;
      while ((p = waiting.remove(next)) != null) {
        out.write(p.buffer().bytes, 0, p.buffer().length);
        bytes += p.buffer().length;
        next = p.to();
        spare.offer(p.buffer());
      }
      progressed.signalAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "writing was interrupted", e);
    } finally {
      lock.unlock();
    }
  }

  /** Stops the writing: blocks waiting and blocks submitted later fail instead of waiting. */
  public void abort() {
    lock.lock();
    try {
      aborted = true;
      progressed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Where the written ranges end; equals the end of the last range once all were submitted. */
  int next() {
    lock.lock();
    try {
      return next;
    } finally {
      lock.unlock();
    }
  }

  long bytesWritten() {
    lock.lock();
    try {
      return bytes;
    } finally {
      lock.unlock();
    }
  }
}
