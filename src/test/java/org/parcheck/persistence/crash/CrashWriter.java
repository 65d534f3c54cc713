package org.parcheck.persistence.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerRepository;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.JooqAnswerRepository;

/**
 * Child-process main of the crash trials: opens the data layer on a data folder and saves answers of one visit in
 * a loop until it is killed. Before each save it prints {@code SAVING <seq> <itemCode> <value>}, and after the
 * commit returned {@code ACK <seq> <itemCode> <value>}; stdout is flushed after every line. The note of save
 * {@code seq} is {@link #note(long)}.
 *
 * <p>Arguments: data folder, visit id, random seed, then the item codes to write.
 */
public final class CrashWriter {

    static final String ACTOR = "crash-writer";

    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Path dataDir = Path.of(args[0]);
        long visitId = Long.parseLong(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        long seq = Long.parseLong(args[3]);
        List<String> codes = List.of(args).subList(4, args.length);
        Database database = Database.open(dataDir);
        AnswerRepository answers = new JooqAnswerRepository(database);
        out.println("READY");
        out.flush();
        while (true) {
            seq++;
            String code = codes.get(random.nextInt(codes.size()));
            String value = value(random, seq);
            out.println("SAVING " + seq + " " + code + " " + value);
            out.flush();
            answers.saveAnswer(visitId, Answer.empty(code).withValue(value).withNote(note(seq)), ACTOR);
            out.println("ACK " + seq + " " + code + " " + value);
            out.flush();
        }
    }

    /** A varied value without spaces: yes/no, a number, or a longer text. */
    static String value(Random random, long seq) {
        switch (random.nextInt(3)) {
            case 0:
                return random.nextBoolean() ? Answer.YES : Answer.NO;
            case 1:
                return Long.toString(random.nextInt(10_000));
            default:
                return "giá-trị-" + seq + "-" + "x".repeat(random.nextInt(200));
        }
    }

    /** The note saved with save number {@code seq}: shows which save a stored answer came from. */
    static String note(long seq) {
        return "Ghi chú lần lưu " + seq;
    }
}
