#!/bin/bash
# ParCheck launcher for Linux (D32): the app image's bin/ParCheck (the window: menu entry, .parcheck files) and, a
# copy of the same file, bin/parcheck (the command on the PATH, which /usr/bin/parcheck links to). installer/dist.xml
# puts both there in place of jpackage's launcher. See docs/decisions/0032-linux-launcher-starts-java-itself.md.
#
# It starts the app image's own runtime (lib/runtime/bin/java) with what jpackage's launcher would have given it, read
# from the cfg named after this file: lib/app/ParCheck.cfg for bin/ParCheck, lib/app/parcheck.cfg for bin/parcheck
# (the window's options plus the short-command ones). From that cfg: every "java-options=" line, in order, the
# "app.classpath=" lines joined with ':', and "app.mainclass="; "$APPDIR", "$ROOTDIR" and "$BINDIR" stand for
# lib/app, the image's folder and bin, as jpackage's launcher reads them. Then -Djpackage.app-path (this file), and the
# arguments as given. The exit code is java's (exec).
#
# Why not jpackage's launcher: on Linux it asks the package managers which package owns it before it starts Java
# (`rpm -qf` and `dpkg -S`, each twice), and `dpkg -S` reads the file lists of every installed package: 66 ms each
# on the 2-core build machine with 876 packages, more on a desktop with thousands. That was most of the 100-300 ms
# between the click and the JVM's start, before every window and every command (docs/performance.md).
#
# On a machine without a GPU (no /dev/dri device: a virtual machine without 3D, a remote desktop, Xvfb), GTK would
# load Mesa's software OpenGL (llvmpipe and libLLVM, about 55 MB resident) only to probe visuals that ParCheck never
# uses, and JavaFX would draw through the same software OpenGL. GDK_GL=disable stops GTK from loading it, and
# ParCheck (org.parcheck.app.Main) then draws with JavaFX's own software pipeline. With a GPU nothing changes.
# A GDK_GL already set by the user is left alone. See docs/performance-figures.md#start-up-and-memory.
gpu=no
for node in /dev/dri/card* /dev/dri/renderD*; do
    if [ -e "$node" ]; then gpu=yes; break; fi
done
if [ "$gpu" = no ] && [ -z "${GDK_GL+set}" ]; then
    GDK_GL=disable
    export GDK_GL
fi

# this file, its links followed (/usr/bin/parcheck -> /opt/parcheck/bin/parcheck)
self=$(readlink -f -- "$0") || exit 1
root=${self%/bin/*}
app=$root/lib/app
cfg=$app/${self##*/}.cfg
java=$root/lib/runtime/bin/java
if [ ! -r "$cfg" ] || [ ! -x "$java" ]; then
    echo "ParCheck: $cfg or $java is missing; reinstall ParCheck." >&2
    exit 1
fi
options=()
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    line=${line//'$APPDIR'/"$app"}
    line=${line//'$BINDIR'/"$root/bin"}
    line=${line//'$ROOTDIR'/"$root"}
    case $line in
        app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
        java-options=*) options+=("${line#java-options=}") ;;
    esac
done < "$cfg"
if [ -z "$main" ] || [ -z "$classpath" ]; then
    echo "ParCheck: $cfg names no main class or class path; reinstall ParCheck." >&2
    exit 1
fi
exec "$java" "${options[@]}" "-Djpackage.app-path=$self" -cp "$classpath" "$main" "$@"
