#!/usr/bin/env sh
# Install the built bundle for the current user: the program under ~/.local/lib/ideverkstad, a command in
# ~/.local/bin, the icon in the hicolor theme and the menu entry. No root needed; run again to update.
#   packaging/install-linux.sh [BUNDLE_DIR]      (default: dist/Ideverkstad)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-"$here/../dist/Ideverkstad"}
[ -x "$bundle/ideverkstad" ] || { echo "no bundle at $bundle: run packaging/build_bundle.py first" >&2; exit 1; }
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
target="$HOME/.local/lib/ideverkstad"
rm -rf "$target" && mkdir -p "$target" "$HOME/.local/bin" "$data/applications"
cp -a "$bundle/." "$target/"
ln -sf "$target/ideverkstad" "$HOME/.local/bin/ideverkstad"
for size in 16 24 32 48 64 128 256 512; do
  dir="$data/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "$target/_internal/resources/icons/ideverkstad-$size.png" "$dir/ideverkstad.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$here/icons/ideverkstad.svg" "$data/icons/hicolor/scalable/apps/ideverkstad.svg"
sed "s|^Exec=ideverkstad|Exec=$target/ideverkstad|" "$here/ideverkstad.desktop" > "$data/applications/ideverkstad.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "installed: $target (menu entry: $data/applications/ideverkstad.desktop)"
