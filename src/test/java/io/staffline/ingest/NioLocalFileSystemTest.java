package io.staffline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {
  @Test
  void octalModesMapToTheSamePosixPermissions() {
    assertEquals(PosixFilePermissions.fromString("rwxr-xr-x"),
        NioLocalFileSystem.posix(new FsPermission((short) 0755)));
    assertEquals(PosixFilePermissions.fromString("rw-r-----"),
        NioLocalFileSystem.posix(new FsPermission((short) 0640)));
    assertEquals(PosixFilePermissions.fromString("---------"),
        NioLocalFileSystem.posix(new FsPermission((short) 0)));
  }

  @Test
  void directoriesAndFilesGetTheRequestedModeWithoutAChmodProcess(@TempDir Path dir) throws Exception {
    Configuration conf = new Configuration();
    conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    conf.set("fs.permissions.umask-mode", "022");
    try (FileSystem fs = FileSystem.get(dir.toUri(), conf)) {
      assertEquals(NioLocalFileSystem.class, fs.getClass());
      org.apache.hadoop.fs.Path sub = new org.apache.hadoop.fs.Path(dir.resolve("a/b").toUri());
      fs.mkdirs(sub, new FsPermission((short) 0750));
      fs.setPermission(sub, new FsPermission((short) 0710));
      assertEquals("rwx--x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))));
    }
  }
}
