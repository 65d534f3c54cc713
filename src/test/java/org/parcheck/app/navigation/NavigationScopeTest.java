package org.parcheck.app.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parcheck.common.fx.TaskScope;

/** Leaving a screen ends its task scope; staying (the same section or detail again) does not. */
class NavigationScopeTest {

    @Test
    void leavingAScreenEndsItsScopeAndTheNextScreenGetsAFreshOne() {
        NavigationModel navigation = new NavigationModel();
        TaskScope plans = navigation.screenScope();
        navigation.go(Route.PLANS);
        assertThat(plans.isClosed()).isFalse();
        navigation.open(String.class, 7);
        assertThat(plans.isClosed()).isTrue();
        TaskScope detail = navigation.screenScope();
        navigation.open(String.class, 7);
        assertThat(detail.isClosed()).isFalse();
        navigation.back();
        assertThat(detail.isClosed()).isTrue();
        assertThat(navigation.screenScope().isClosed()).isFalse();
    }
}
