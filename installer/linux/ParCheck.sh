#!/bin/sh
# ParCheck launcher for Linux: the app image's bin/ParCheck (installer/dist.xml puts it there and moves jpackage's
# launcher to lib/ParCheck, which still finds lib/app/ParCheck.cfg).
# See docs/performance-figures.md#start-up-and-memory.
#
# On a machine without a GPU (no /dev/dri device: a virtual machine without 3D, a remote desktop, Xvfb), GTK would
# load Mesa's software OpenGL (llvmpipe and libLLVM, about 55 MB resident) only to probe visuals that ParCheck never
# uses, and JavaFX would draw through the same software OpenGL. GDK_GL=disable stops GTK from loading it, and
# ParCheck (org.parcheck.app.Main) then draws with JavaFX's own software pipeline. With a GPU nothing changes.
# A GDK_GL already set by the user is left alone.
gpu=no
for node in /dev/dri/card* /dev/dri/renderD*; do
    if [ -e "$node" ]; then gpu=yes; break; fi
done
if [ "$gpu" = no ] && [ -z "${GDK_GL+set}" ]; then
    GDK_GL=disable
    export GDK_GL
fi
exec "$(dirname "$(readlink -f "$0")")/../lib/ParCheck" "$@"
