package io.github.cheetahoptimove.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java block in the README and the guides is a tagged region of a source file that compiles
 * (and mostly runs) in this build: a block must follow a {@code <!-- sample: path#tag -->} line and
 * equal that region, so the docs cannot drift from the code.
 */
class DocSamplesTest {
    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("<!-- sample: (\\S+)#(\\S+) -->");

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    @Test
    void everyJavaBlockOfTheDocsIsACompiledSample() throws IOException {
        int checked = 0;
        for (Path doc : documents()) {
            List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).trim().equals("```java")) {
                    continue;
                }
                int j = i - 1;
                while (j >= 0 && lines.get(j).trim().isEmpty()) {
                    j--;
                }
                Matcher m = MARKER.matcher(j >= 0 ? lines.get(j).trim() : "");
                assertThat(m.matches()).as("%s line %d: a java block needs a <!-- sample: path#tag --> line", doc,
                        i + 1).isTrue();
                List<String> block = new ArrayList<>();
                int k = i + 1;
                while (!lines.get(k).trim().equals("```")) {
                    block.add(lines.get(k++));
                }
                assertThat(String.join("\n", block)).as("%s line %d", doc, i + 1)
                        .isEqualTo(region(ROOT.resolve(m.group(1)), m.group(2)));
                checked++;
                i = k;
            }
        }
        assertThat(checked).as("samples checked").isGreaterThanOrEqualTo(8);
    }

    static String region(Path source, String tag) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("// tag::" + tag + "[]")) {
                start = i + 1;
            } else if (lines.get(i).trim().equals("// end::" + tag + "[]")) {
                end = i;
            }
        }
        assertThat(start).as("tag %s in %s", tag, source).isGreaterThan(0);
        List<String> region = lines.subList(start, end);
        int indent = region.stream().filter(l -> !l.trim().isEmpty())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return region.stream().map(l -> l.length() >= indent ? l.substring(indent) : l.trim())
                .collect(Collectors.joining("\n"));
    }
}
