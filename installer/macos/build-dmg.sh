#!/usr/bin/env bash
# Builds the ParCheck macOS disk image (target/dist/installer/ParCheck-<version>.dmg).
#
#   installer/macos/build-dmg.sh [--skip-build] [--sign "Team Name (TEAMID)"]
#
# Run on macOS (the .dmg can only be made there) with a full JDK 17 for the Mac's architecture in JAVA_HOME
# (x64 or aarch64: the org.openjfx jars for the same architecture are picked by Maven). Xcode command line tools
# (for hdiutil/codesign) are part of every macOS.
#
#   1. ./mvnw -B -Pdist package -DskipTests    jlink runtime with JavaFX + natives + CDS archive, and the app
#                                              bundle target/dist/image/ParCheck.app (bundle id org.parcheck.app,
#                                              icon installer/macos/ParCheck.icns, .parcheck document type)
#   2. jpackage --type dmg --app-image …       the .dmg (drag ParCheck to Applications)
#
# Without --sign the app is unsigned: Gatekeeper then asks the user to open it with right-click > Open the first
# time. With --sign, jpackage signs with the keychain's "Developer ID Application: Team Name (TEAMID)"
# certificate (--mac-sign --mac-signing-key-user-name); notarise the .dmg afterwards with
# `xcrun notarytool submit … --wait` and `xcrun stapler staple`.
# Upgrading = dragging the new ParCheck.app over the old one; the data folder
# ~/Library/Application Support/ParCheck is outside the bundle and is kept (also when the app is deleted).
set -euo pipefail
cd "$(dirname "$0")/../.."

skip_build=0 sign=
while [ $# -gt 0 ]; do
    case "$1" in
        --skip-build) skip_build=1; shift ;;
        --sign) sign=$2; shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
[ "$(uname)" = Darwin ] || { echo "build-dmg.sh runs on macOS only" >&2; exit 1; }
jpackage=${JAVA_HOME:?JAVA_HOME must point to a JDK 17}/bin/jpackage
[ -x "$jpackage" ] || { echo "no $jpackage: a full JDK 17 is needed" >&2; exit 1; }

[ "$skip_build" = 1 ] || ./mvnw -B -Pdist package -DskipTests
image=target/dist/image/ParCheck.app
[ -d "$image" ] || { echo "no app image $image" >&2; exit 1; }
version=$(sed -n 's/.*jpackage\.app-version=\([0-9.]*\).*/\1/p' "$image/Contents/app/ParCheck.cfg")

args=(--type dmg --app-image "$image" --dest target/dist/installer
      --name ParCheck --app-version "$version" --vendor "ParCheck project"
      --description "Offline inspection of administrative reform (CCHC) for Vietnamese provincial inspection teams"
      --copyright "ParCheck project" --icon installer/macos/ParCheck.icns
      --mac-package-identifier org.parcheck.app --mac-package-name ParCheck)
if [ -n "$sign" ]; then
    args+=(--mac-sign --mac-signing-key-user-name "$sign")
fi
echo "jpackage ${args[*]}"
"$jpackage" "${args[@]}"
ls -l target/dist/installer/*.dmg
