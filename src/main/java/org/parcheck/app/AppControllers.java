package org.parcheck.app;

import java.time.ZoneId;
import java.util.List;
import javafx.stage.Window;
import javafx.util.Callback;
import org.parcheck.answering.ui.VisitFindingsView;
import org.parcheck.answering.ui.VisitFindingsViewModel;
import org.parcheck.answering.ui.VisitLogView;
import org.parcheck.answering.ui.VisitLogViewModel;
import org.parcheck.answering.ui.VisitNavigator;
import org.parcheck.answering.ui.VisitView;
import org.parcheck.answering.ui.VisitViewModel;
import org.parcheck.app.backup.BackupRestorer;
import org.parcheck.app.backup.BackupsView;
import org.parcheck.app.backup.BackupsViewModel;
import org.parcheck.app.demo.DemoDropView;
import org.parcheck.app.demo.DemoDropViewModel;
import org.parcheck.app.help.GuideView;
import org.parcheck.app.navigation.NavigationModel;
import org.parcheck.app.navigation.Route;
import org.parcheck.app.settings.LanguageSwitcher;
import org.parcheck.app.settings.SettingsView;
import org.parcheck.app.settings.SettingsViewModel;
import org.parcheck.app.shell.MainWindowView;
import org.parcheck.app.shell.MainWindowViewModel;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.FxDialogService;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.ui.FrameworkCompareView;
import org.parcheck.criteria.ui.FrameworkCompareViewModel;
import org.parcheck.criteria.ui.FrameworkEditorView;
import org.parcheck.criteria.ui.FrameworkEditorViewModel;
import org.parcheck.criteria.ui.FrameworkListView;
import org.parcheck.criteria.ui.FrameworkListViewModel;
import org.parcheck.criteria.ui.FrameworkNavigator;
import org.parcheck.criteria.ui.FrameworkSettingsView;
import org.parcheck.exchange.ui.ExchangeDialogs;
import org.parcheck.exchange.ui.PackageImportView;
import org.parcheck.exchange.ui.PackageImportViewModel;
import org.parcheck.plan.ui.InspectorChooserView;
import org.parcheck.plan.ui.InspectorChooserViewModel;
import org.parcheck.plan.ui.InspectorDialog;
import org.parcheck.app.start.FirstStepsView;
import org.parcheck.app.start.FirstStepsViewModel;
import org.parcheck.plan.ui.PlanEditorView;
import org.parcheck.plan.ui.PlanEditorViewModel;
import org.parcheck.plan.ui.PlanListView;
import org.parcheck.plan.ui.PlanListViewModel;
import org.parcheck.plan.ui.PlanNavigator;
import org.parcheck.plan.ui.PlanTeamView;
import org.parcheck.plan.ui.PlanVisitsView;
import org.parcheck.plan.ui.UnitFormView;
import org.parcheck.plan.ui.UnitFormViewModel;
import org.parcheck.plan.ui.UnitImportView;
import org.parcheck.plan.ui.UnitImportViewModel;
import org.parcheck.plan.ui.UnitTreeView;
import org.parcheck.plan.ui.UnitTreeViewModel;
import org.parcheck.report.ui.ReportsView;
import org.parcheck.report.ui.ReportsViewModel;
import org.parcheck.server.ServerConnectService;
import org.parcheck.server.ServerCredentials;
import org.parcheck.server.ServerSettings;
import org.parcheck.server.ui.ServerSettingsView;
import org.parcheck.server.ui.ServerSettingsViewModel;
import org.parcheck.protection.ui.FolderProtector;
import org.parcheck.protection.ui.ProtectionSettingsView;
import org.parcheck.protection.ui.ProtectionSettingsViewModel;
import org.parcheck.protection.ui.ProtectionWindows;

/**
 * The FXMLLoader controller factory: builds each view's controller with its view model and dependencies
 * (constructor injection, docs/architecture/house-rules.md, rule 4). One instance per language, since view models
 * format text.
 */
public final class AppControllers implements Callback<Class<?>, Object> {

    private final AppState state;
    private final NavigationModel navigation;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final LanguageSwitcher languageSwitcher;
    private final AppInfo info;
    private final ViewLoader viewLoader;
    private final BackupRestorer restorer;
    private final Window window;
    private final DialogService dialogs;
    /** #19: turns protection on for the open folder (Settings); null where the window offers no such step. */
    private final FolderProtector protector;
    /** #17: the "Đồng bộ" command of the main window. */
    private final MainWindowViewModel.SyncCommand sync;
    private final ServerWindows serverWindows;

    public AppControllers(AppState state, NavigationModel navigation, BackgroundExecutor executor, Messages messages,
                          LanguageSwitcher languageSwitcher, AppInfo info, BackupRestorer restorer) {
        this(state, navigation, executor, messages, languageSwitcher, info, restorer, null);
    }

    /** @param window the main window: the inspector dialog (#15) opens over it */
    public AppControllers(AppState state, NavigationModel navigation, BackgroundExecutor executor, Messages messages,
                          LanguageSwitcher languageSwitcher, AppInfo info, BackupRestorer restorer, Window window) {
        this(state, navigation, executor, messages, languageSwitcher, info, restorer, window, null);
    }

    /** @param protector turns protection on for the open folder from Settings (#19) */
    public AppControllers(AppState state, NavigationModel navigation, BackgroundExecutor executor, Messages messages,
                          LanguageSwitcher languageSwitcher, AppInfo info, BackupRestorer restorer, Window window,
                          FolderProtector protector) {
        this(state, navigation, executor, messages, languageSwitcher, info, restorer, window, protector,
                MainWindowViewModel.SyncCommand.NONE);
    }

    /** @param sync the window's sync command with the province server (#17) */
    public AppControllers(AppState state, NavigationModel navigation, BackgroundExecutor executor, Messages messages,
                          LanguageSwitcher languageSwitcher, AppInfo info, BackupRestorer restorer, Window window,
                          FolderProtector protector, MainWindowViewModel.SyncCommand sync) {
        this.sync = sync;
        this.protector = protector;
        this.window = window;
        this.state = state;
        this.navigation = navigation;
        this.executor = executor;
        this.messages = messages;
        this.languageSwitcher = languageSwitcher;
        this.info = info;
        this.restorer = restorer;
        this.viewLoader = new ViewLoader(messages, this);
        this.dialogs = new FxDialogService(messages, () -> window);
        this.serverWindows = new ServerWindows(state, messages, executor, info, window, dialogs);
    }

    /**
     * The executor for the screen being built: its tasks end with the screen (reads cancelled, late results dropped)
     * when the user navigates away.
     */
    private BackgroundExecutor screenExecutor() {
        return executor.within(navigation.screenScope());
    }

    /** The user guide in its own window (#16 §8: F1, Shift+F1 on the visit screen, and the Settings page). */
    public void openGuide() {
        GuideView.open(dialogs, messages.get("app.help.title"));
    }

    /** Questions, messages, file choosers and dialog windows in this language, over the window in use. */
    public DialogService dialogs() {
        return dialogs;
    }

    public ViewLoader viewLoader() {
        return viewLoader;
    }

    private long detailId() {
        NavigationModel.Detail detail = navigation.detail();
        if (detail == null) {
            throw new IllegalStateException("No detail screen is open");
        }
        return detail.id();
    }

    private FrameworkNavigator frameworkNavigator() {
        return new FrameworkNavigator() {
            @Override
            public void openEditor(long versionId) {
                navigation.open(FrameworkEditorView.class, versionId);
            }

            @Override
            public void backToList() {
                navigation.back();
            }

            @Override
            public void openComparison(long versionId) {
                navigation.open(FrameworkCompareView.class, versionId);
            }
        };
    }

    private VisitNavigator visitNavigator() {
        return new VisitNavigator() {
            @Override
            public void back() {
                navigation.back();
            }

            @Override
            public void exportPackage(long visitId) {
                exchangeDialogs().exportVisit(visitId);
            }
        };
    }

    /** Where the first-steps page (#16 §5) leads: each step's screen, or back to the plan list. */
    private FirstStepsViewModel.Steps firstSteps() {
        return new FirstStepsViewModel.Steps() {
            @Override
            public void units() {
                navigation.go(Route.UNITS);
            }

            @Override
            public void frameworks() {
                navigation.go(Route.FRAMEWORKS);
            }

            @Override
            public void newPlan() {
                navigation.go(Route.PLANS);
                navigation.open(PlanEditorView.class, PlanNavigator.NEW_PLAN);
            }

            @Override
            public void close() {
                navigation.back();
            }
        };
    }

    private PlanNavigator planNavigator() {
        return new PlanNavigator() {
            @Override
            public void openEditor(long planId) {
                navigation.open(PlanEditorView.class, planId);
            }

            @Override
            public void backToList() {
                navigation.back();
            }

            @Override
            public void openVisit(long visitId) {
                navigation.open(VisitView.class, visitId);
            }

            @Override
            public void exportPackage(long planId, List<Long> visitIds, String suggestedName) {
                exchangeDialogs().exportPackage(planId, visitIds, suggestedName);
            }

            @Override
            public void importPackage(Runnable onImported) {
                exchangeDialogs().importPackage(null, onImported);
            }
        };
    }

    /**
     * Opens "who is using this laptop" over the main window (#15): at first start when nobody was chosen, and from
     * the window's inspector button or the settings page to switch.
     */
    public void openInspectorDialog(boolean firstStart) {
        if (state.phase() != AppState.Phase.READY) {
            return;
        }
        InspectorDialog.open(viewLoader, dialogs, firstStart);
    }

    /** Team exchange dialogs (import screen, export file chooser) of the open database. */
    public ExchangeDialogs exchangeDialogs() {
        return new ExchangeDialogs(viewLoader, state.services().exchangeService(), executor, dialogs);
    }

    /** Opens the sync dialog (#17) for the open data folder's saved server ({@link ServerWindows#openSync}). */
    public void openSync(java.util.function.Consumer<Boolean> onSynced) {
        serverWindows.openSync(onSynced);
    }

    /** Settings → "Bảo vệ dữ liệu" (#19): the demo folder is never protected. */
    private ProtectionSettingsViewModel protectionSettings() {
        ProtectionWindows windows = new ProtectionWindows(messages, dialogs, executor, info.dataDir());
        boolean demo = protector == null || FirstStart.isDemoFolder(info.dataDir());
        return new ProtectionSettingsViewModel(messages, screenExecutor(), info.dataDir(), demo,
                new ProtectionSettingsViewModel.Actions() {
                    @Override
                    public void turnOn(Runnable done) {
                        windows.protect(protector, false, done);
                    }

                    @Override
                    public void changePassword() {
                        windows.changePassword();
                    }
                });
    }

    @Override
    public Object call(Class<?> type) {
        if (type == MainWindowView.class) {
            MainWindowViewModel main = new MainWindowViewModel(navigation, state, messages,
                    () -> openInspectorDialog(false), sync, executor);
            main.whenOpenOffice(serverWindows::openOffice);
            return new MainWindowView(main, viewLoader, this::openGuide);
        }
        if (type == SettingsView.class) {
            return new SettingsView(new SettingsViewModel(messages, languageSwitcher, info, state.inspectorProperty(),
                    () -> openInspectorDialog(false)), this::openGuide);
        }
        if (type == ProtectionSettingsView.class) {
            return new ProtectionSettingsView(protectionSettings());
        }
        AppServices services = state.services();
        BackgroundExecutor screen = screenExecutor();
        if (type == InspectorChooserView.class) {
            return new InspectorChooserView(new InspectorChooserViewModel(services.inspectors(), executor, messages,
                    state::inspectorChosen));
        }
        if (type == ServerSettingsView.class) {
            return new ServerSettingsView(new ServerSettingsViewModel(new ServerConnectService(
                    new ServerSettings(services.database()), ServerCredentials.forThisSystem(), services.inspectors()),
                    screen, messages, dialogs, state::inspectorChosen));
        }
        if (type == BackupsView.class) {
            return new BackupsView(new BackupsViewModel(services.backups(), screen, messages, restorer,
                    dialogs));
        }
        if (type == DemoDropView.class) {
            return new DemoDropView(new DemoDropViewModel(services.demoDrop(), screen, messages, dialogs));
        }
        if (type == PlanListView.class) {
            return new PlanListView(new PlanListViewModel(services.planService(), screen, messages,
                    planNavigator()));
        }
        if (type == VisitFindingsView.class) {
            return new VisitFindingsView(new VisitFindingsViewModel(detailId(), services.answerService(), screen,
                    messages, services.evidenceFiles()), dialogs);
        }
        if (type == VisitLogView.class) {
            return new VisitLogView(new VisitLogViewModel(detailId(), services.answerService(), screen, messages,
                    ZoneId.systemDefault()));
        }
        if (type == VisitView.class) {
            return new VisitView(new VisitViewModel(detailId(), services.answerService(), screen, messages,
                    visitNavigator(), new AppReportExporter(services)), messages, dialogs);
        }
        if (type == UnitTreeView.class) {
            return new UnitTreeView(new UnitTreeViewModel(services.planService(), screen, messages), viewLoader,
                    dialogs);
        }
        if (type == UnitFormView.class) {
            return new UnitFormView(new UnitFormViewModel(services.unitService(), screen, messages));
        }
        if (type == UnitImportView.class) {
            return new UnitImportView(new UnitImportViewModel(services.unitService(), executor, messages), messages,
                    dialogs);
        }
        if (type == PlanEditorView.class) {
            return new PlanEditorView(new PlanEditorViewModel(detailId(), services.planEditService(),
                    services.frameworkService(), screen, messages, planNavigator()), dialogs);
        }
        if (type == PlanTeamView.class) {
            return new PlanTeamView();
        }
        if (type == PlanVisitsView.class) {
            return new PlanVisitsView();
        }
        if (type == FrameworkListView.class) {
            return new FrameworkListView(new FrameworkListViewModel(services.frameworkService(), screen, messages,
                    frameworkNavigator(), dialogs));
        }
        if (type == FrameworkCompareView.class) {
            return new FrameworkCompareView(new FrameworkCompareViewModel(detailId(), services.frameworkService(),
                    screen, messages, frameworkNavigator()));
        }
        if (type == FrameworkSettingsView.class) {
            return new FrameworkSettingsView();
        }
        if (type == FrameworkEditorView.class) {
            return new FrameworkEditorView(new FrameworkEditorViewModel(detailId(), services.frameworkService(),
                    screen, messages, frameworkNavigator()));
        }
        if (type == PackageImportView.class) {
            return new PackageImportView(new PackageImportViewModel(services.exchangeService(), executor, messages),
                    messages, dialogs);
        }
        if (type == FirstStepsView.class) {
            return new FirstStepsView(new FirstStepsViewModel(() -> new FirstStepsViewModel.Progress(
                    services.planService().units().size(), services.frameworkService().summaries().size(),
                    services.planService().overviews().size()), executor, messages, firstSteps()));
        }
        if (type == ReportsView.class) {
            return new ReportsView(new ReportsViewModel(services.planService(), services.planSummaries(),
                    services.visitReports(), visitId -> navigation.open(VisitView.class, visitId), screen,
                    messages), dialogs);
        }
        throw new IllegalArgumentException("No controller known for " + type.getName());
    }
}
