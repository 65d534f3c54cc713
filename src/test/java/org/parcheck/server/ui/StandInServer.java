package org.parcheck.server.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.ServerException;
import org.parcheck.server.SyncPlan;
import org.parcheck.server.SyncProgress;
import org.parcheck.server.SyncResult;
import org.parcheck.testing.TempFolders;

/**
 * For the sync dialog's own tests: two real H2 laptops A and B with the demo plan, both having changed the same
 * item's note, and a stand-in for the server side ({@link #steps()}) that brings B's edit to A as a package would
 * (the same merge, {@link ImportPlan}) and applies it with the choices made, as {@code SyncService} does. Its
 * password is "mật khẩu". What it did is in {@link #log()}. The real engine and server: {@code SyncWindowTest}.
 */
final class StandInServer implements BeforeEachCallback, AfterEachCallback {

    static final String PASSWORD = "mật khẩu";
    private static final ServerAddress ADDRESS = new ServerAddress("so-noi-vu.example", 5432, "parcheck", "an",
            ServerAddress.Tls.VERIFY_FULL, null);

    private Path dir;
    private AppServices a;
    private AppServices b;
    private long visitA;
    private String code;
    private Path fromB;
    private final List<String> log = new ArrayList<>();
    private boolean kept;
    private Runnable duringPrepare = () -> { };
    private ServerException refusal;
    private boolean storeEmpty;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = TempFolders.create("parcheck-sync-ui");
        a = AppServices.open(Files.createDirectories(dir.resolve("a")));
        b = AppServices.open(Files.createDirectories(dir.resolve("b")));
        UUID planUuid = a.planService().overviews().get(0).plan().uuid();
        Path first = dir.resolve("a.parcheck");
        a.exchangeService().export(a.planService().overviews().get(0).plan().id(), List.of(), first);
        b.exchangeService().apply(b.exchangeService().analyse(first), Map.of());
        visitA = haLang(a, planUuid);
        long visitB = haLang(b, planUuid);
        code = a.answerService().sheet(visitA).answers().keySet().stream().sorted().findFirst().orElseThrow();
        note(a, visitA, "ghi chú của An", "An");
        note(b, visitB, "ghi chú của Bình", "Bình");
        fromB = dir.resolve("b.parcheck");
        long planB = b.planService().overviews().stream().filter(p -> p.plan().uuid().equals(planUuid)).findFirst()
                .orElseThrow().plan().id();
        b.exchangeService().export(planB, List.of(visitB), fromB);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        a.close();
        b.close();
        TempFolders.delete(dir);
    }

    private static long haLang(AppServices services, UUID planUuid) {
        long planId = services.planService().overviews().stream().filter(p -> p.plan().uuid().equals(planUuid))
                .findFirst().orElseThrow().plan().id();
        return services.planService().visits(planId).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
    }

    private void note(AppServices services, long visitId, String text, String actor) {
        Answer answer = services.answerService().sheet(visitId).answers().get(code);
        new JooqAnswerRepository(services.database()).saveAnswer(visitId, answer.withNote(text), actor);
    }

    /** The note of the conflicting item on laptop A. */
    String noteOnA() {
        return a.answerService().sheet(visitA).answers().get(code).note();
    }

    /** The conflicting item's code. */
    String code() {
        return code;
    }

    /** What the stand-in was asked: "connect", "discard", "close". */
    List<String> log() {
        return log;
    }

    /** The credential store keeps the right password. */
    void keepPassword() {
        kept = true;
    }

    /** Connecting fails with {@code error} (null: it works again). */
    void refuse(ServerException error) {
        refusal = error;
    }

    /** The password is said to be kept, but the credential store has none. */
    void emptyStore() {
        kept = true;
        storeEmpty = true;
    }

    /** Runs while the server's changes are being brought (a user's cancel). */
    void duringPrepare(Runnable action) {
        duringPrepare = action;
    }

    /** Laptop A's side of the sync with the stand-in server. */
    SyncSteps steps() {
        return new SyncSteps() {
            @Override
            public ServerAddress address() {
                return ADDRESS;
            }

            @Override
            public boolean passwordKept() {
                return kept;
            }

            @Override
            public Optional<char[]> keptPassword() {
                return kept && !storeEmpty ? Optional.of(PASSWORD.toCharArray()) : Optional.empty();
            }

            @Override
            public Session connect(char[] password) {
                String typed = new String(password);
                Arrays.fill(password, '\0');
                log.add("connect");
                if (refusal != null) {
                    throw refusal;
                }
                if (!typed.equals(PASSWORD)) {
                    throw new ServerException(ServerException.Kind.WRONG_PASSWORD, "password authentication failed",
                            null);
                }
                return session();
            }
        };
    }

    private SyncSteps.Session session() {
        return new SyncSteps.Session() {
            @Override
            public SyncPlan prepare(SyncProgress progress) {
                progress.step(SyncProgress.READING, 0, 0);
                ImportPlan pull = a.exchangeService().analyse(fromB);
                duringPrepare.run();
                if (progress.cancelled()) {
                    a.exchangeService().discard(pull);
                    throw new CancellationException();
                }
                progress.step(SyncProgress.MERGING, 1, 1);
                return new SyncPlan("server", 0, 1, pull, 0, 1, 0);
            }

            @Override
            public SyncResult complete(SyncPlan plan, Map<String, ImportPlan.Choice> choices,
                                       SyncProgress progress) {
                progress.step(SyncProgress.APPLYING, 0, 1);
                a.exchangeService().apply(plan.pull(), choices);
                return new SyncResult(0, 1, 0, 0, 0, 0, choices.size(), false);
            }

            @Override
            public void discard(SyncPlan plan) {
                log.add("discard");
                a.exchangeService().discard(plan.pull());
            }

            @Override
            public void close() {
                log.add("close");
            }
        };
    }
}
