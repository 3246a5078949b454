#!/usr/bin/env bash
# Packs dist/Rapport.app (made by ./scripts/build on a Mac) into dist/Rapport-<version>.dmg: a
# compressed disk image holding the app and a link to /Applications to drag it onto.
#     ./packaging/macos/make_dmg.sh
# macOS only (hdiutil). Untested here: the project's machines run Linux (see README). The app is
# not signed: sign it first (codesign --deep --options runtime -s "Developer ID Application: …"),
# and notarise the .dmg (xcrun notarytool submit --wait), before handing it to others.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
app="$root/dist/Rapport.app"
[[ "$(uname -s)" == Darwin ]] || {
    echo "make_dmg: hdiutil is macOS only" >&2
    exit 1
}
[[ -d "$app" ]] || {
    echo "make_dmg: $app is missing; run ./scripts/build first" >&2
    exit 1
}
version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="$root/dist/Rapport-$version.dmg"
rm -f "$dmg"
hdiutil create -volname "Rapport $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "make_dmg: $dmg ($(du -h "$dmg" | cut -f1))"
