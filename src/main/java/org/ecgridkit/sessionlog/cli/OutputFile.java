package org.ecgridkit.sessionlog.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes {@code --output}: to a temporary file in the same folder, then moved over the target in
 * one step, so that a reader (or a failure half-way) never sees a half-written report, and an
 * existing file is either replaced whole or left as it was. The temporary file is created
 * readable by its owner only, and the report keeps that: it is audit data.
 */
final class OutputFile {

    /** Writing the file failed; the target is as it was, and no temporary file is left. */
    static final class WriteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailure(Path file, IOException cause) {
            super("could not write --output " + file + " (" + describe(file, cause) + ")", cause);
        }

        /**
         * Why, in the user's terms: the exceptions name our temporary file, whose random name would
         * only confuse (and make the message differ from run to run).
         */
        private static String describe(Path file, IOException cause) {
            Path folder = file.getParent() == null ? Path.of(".") : file.getParent();
            if (cause instanceof NoSuchFileException) {
                return "no such folder: " + folder;
            }
            if (cause instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (cause instanceof DirectoryNotEmptyException || cause instanceof FileAlreadyExistsException) {
                return "a folder of that name is in the way";
            }
            if (cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
                return fileSystem.getReason();
            }
            return cause.getClass().getSimpleName();
        }
    }

    private OutputFile() {
    }

    /** Replaces the file with the text, in UTF-8, or throws {@link WriteFailure} leaving it as it was. */
    static void write(Path file, String text) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temp = null;
        try {
            if (Files.isDirectory(target)) {
                // Found now rather than by the final move, which would fail only after all the writing.
                throw new DirectoryNotEmptyException(target.toString());
            }
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
            }
            throw new WriteFailure(file, e);
        }
    }
}
