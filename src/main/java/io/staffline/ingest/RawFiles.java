package io.staffline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/** Byte-level access to export files on any Hadoop file system, gzip included. */
public final class RawFiles {
  private RawFiles() {}

  public static InputStream open(FileSystem fs, Path path, Configuration hadoop) throws IOException {
    InputStream raw = fs.open(path);
    CompressionCodec codec = new CompressionCodecFactory(hadoop).getCodec(path);
    return new java.io.BufferedInputStream(codec == null ? raw : codec.createInputStream(raw));
  }

  /** Text per partition of parsed lines (a file's lines are spread over partitions of about this size). */
  static final long TEXT_BYTES_PER_PARTITION = 64L << 20;
  /** How much a compressed export is taken to expand: CSV and JSON lines compress about 5–10×. */
  static final int COMPRESSION_RATIO = 8;

  /**
   * Partitions for a file's lines once read, before they are parsed: about
   * {@link #TEXT_BYTES_PER_PARTITION} of text each (a compressed file counted at
   * {@link #COMPRESSION_RATIO} times its size), at least one per core (a gzip file arrives as one
   * partition) and never fewer than the file's own splits. Two partitions for a 10M-ticket
   * export's 700 MB of gzip made each cached partition several GiB, and ingest ran out of a 4 GiB heap.
   */
  public static int linePartitions(long bytes, boolean compressed, int splits, int cores) {
    long text = compressed ? bytes * COMPRESSION_RATIO : bytes;
    long bySize = (text + TEXT_BYTES_PER_PARTITION - 1) / TEXT_BYTES_PER_PARTITION;
    return (int) Math.min(100_000, Math.max(Math.max(cores, splits), bySize));
  }

  /** Whether Hadoop reads {@code path} through a compression codec (by its suffix: .gz, .bz2, ...). */
  public static boolean compressed(Path path, Configuration hadoop) {
    return new CompressionCodecFactory(hadoop).getCodec(path) != null;
  }

  /** The bytes of the next line without its end (LF or CRLF), or null at the end of the stream. */
  public static byte[] readLine(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      line.write(b);
    }
    if (b < 0 && line.size() == 0) {
      return null;
    }
    byte[] out = line.toByteArray();
    return out.length > 0 && out[out.length - 1] == '\r' ? java.util.Arrays.copyOf(out, out.length - 1) : out;
  }

  public static String sha256(FileSystem fs, Path path) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(fs.open(path), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
