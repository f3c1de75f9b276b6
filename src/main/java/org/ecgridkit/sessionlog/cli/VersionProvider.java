package org.ecgridkit.sessionlog.cli;

import org.ecgridkit.sessionlog.internal.SdkVersion;
import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version} with the version Maven wrote into the SDK at build time. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"sessionlog " + SdkVersion.version()};
    }
}
