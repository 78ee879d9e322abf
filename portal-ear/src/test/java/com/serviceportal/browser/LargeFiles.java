package com.serviceportal.browser;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/** Files for the uploads that must refuse what the server's request limit (11 MB) would break on. */
final class LargeFiles {

    private LargeFiles() {}

    /** Makes the file 12 MB long (of zeros), past the request limit, and answers it. */
    static Path twelveMegabytes(Path file) throws IOException {
        try (RandomAccessFile twelveMegabytes = new RandomAccessFile(file.toFile(), "rw")) {
            twelveMegabytes.setLength(12L * 1024 * 1024);
        }
        return file;
    }
}
