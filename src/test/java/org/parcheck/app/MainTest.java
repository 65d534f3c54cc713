package org.parcheck.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void softwareRenderingOnLinuxWhenGtkOpenGlIsDisabled() {
        assertTrue(Main.softwareRendering("Linux", "disable"));
        assertTrue(Main.softwareRendering("Linux", "gles,disable"));
        assertTrue(Main.softwareRendering("Linux", "DISABLE"));
        assertTrue(Main.softwareRendering("Linux", " gles ;disable\t"));
        assertTrue(Main.softwareRendering("Linux", "vulkan:disable:gles"));
    }

    @Test
    void hardwareRenderingOtherwise() {
        assertFalse(Main.softwareRendering("Linux", null));
        assertFalse(Main.softwareRendering("Linux", ""));
        assertFalse(Main.softwareRendering("Linux", "gles"));
        assertFalse(Main.softwareRendering("Linux", "disabled"));
        assertFalse(Main.softwareRendering("Linux", "gles,xdisable,"));
        assertFalse(Main.softwareRendering("Linux", ",,;"));
        assertFalse(Main.softwareRendering("Windows 11", "disable"));
        assertFalse(Main.softwareRendering("Mac OS X", "disable"));
    }
}
