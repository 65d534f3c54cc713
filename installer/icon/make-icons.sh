#!/usr/bin/env bash
# Re-draws the ParCheck icon and packs it for each OS. Run from anywhere; needs a JDK 17 `java`,
# ImageMagick `convert` (Debian: imagemagick) and, for the macOS .icns, `png2icns` (Debian: icnsutils).
# Output (all committed, all small):
#   installer/icon/png/parcheck-{16,24,32,48,64,128,256,512}.png   the drawn sizes
#   installer/linux/ParCheck.png                                   256 px, the Linux launcher/menu icon
#   installer/windows/ParCheck.ico                                 16, 24, 32, 48, 64, 128, 256 px
#   installer/macos/ParCheck.icns                                  16, 32, 48, 128, 256, 512 px
# Without png2icns (e.g. on macOS) the .icns can be made with iconutil, see docs/installers.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
png=installer/icon/png
java -Djava.awt.headless=true installer/icon/DrawIcon.java "$png"
cp "$png/parcheck-256.png" installer/linux/ParCheck.png
convert $(for n in 16 24 32 48 64 128 256; do echo "$png/parcheck-$n.png"; done) installer/windows/ParCheck.ico
if command -v png2icns >/dev/null 2>&1; then
    png2icns installer/macos/ParCheck.icns $(for n in 16 32 48 128 256 512; do echo "$png/parcheck-$n.png"; done)
else
    echo "png2icns not found: installer/macos/ParCheck.icns not refreshed (see docs/installers.md)" >&2
fi
