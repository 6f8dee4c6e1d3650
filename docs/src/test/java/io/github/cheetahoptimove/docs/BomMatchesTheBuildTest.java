package io.github.cheetahoptimove.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The BOM has no parent (so that no test-only pin leaks into hosts), so it repeats the versions the
 * build uses: this keeps the two from drifting apart.
 */
class BomMatchesTheBuildTest {
    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();

    private static String property(Path pom, String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(
                Files.readString(pom, StandardCharsets.UTF_8));
        assertThat(m.find()).as("%s in %s", name, pom).isTrue();
        return m.group(1).trim();
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp.version", "okio.version", "kotlin.version", "jackson.version", "retrofit.version",
        "scribejava.version", "icu4j.version"})
    void theBomPinsWhatTheBuildIsTestedWith(String property) throws IOException {
        assertThat(property(ROOT.resolve("bom/pom.xml"), property))
                .isEqualTo(property(ROOT.resolve("pom.xml"), property));
    }

    @ParameterizedTest
    @ValueSource(strings = {"version", "sdk.version"})
    void theBomHasTheSdksVersion(String element) throws IOException {
        String sdk = property(ROOT.resolve("pom.xml"), "version");
        assertThat(property(ROOT.resolve("bom/pom.xml"), element)).isEqualTo(sdk);
    }
}
