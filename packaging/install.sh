#!/bin/sh
# Install Goed Werk for the current user only: no root, nothing outside your home folder.
#   the app       ~/.local/lib/goedwerk/          (this folder's goedwerk/)
#   the command   ~/.local/bin/goedwerk           (a link to it)
#   the menu      ~/.local/share/applications/goedwerk.desktop and the icon in
#                 ~/.local/share/icons/hicolor/    ($XDG_DATA_HOME instead of ~/.local/share if set)
# Your own data (packs, reflections, backups) lives in ~/.local/share/goedwerk/ and is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = "0" ]; then
  echo "install.sh installeert voor één gebruiker; start het niet als root." >&2
  exit 1
fi
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/goedwerk
bin_dir=$HOME/.local/bin
apps_dir=$data_home/applications
icons_dir=$data_home/icons/hicolor

[ -x "$here/goedwerk/goedwerk" ] || { echo "goedwerk/goedwerk ontbreekt naast install.sh" >&2; exit 1; }
mkdir -p "$app_dir.new" "$bin_dir" "$apps_dir"
cp -a "$here/goedwerk/." "$app_dir.new/"
cp "$here/uninstall.sh" "$app_dir.new/uninstall.sh"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
ln -sf "$app_dir/goedwerk" "$bin_dir/goedwerk"

sed "s|^Exec=.*|Exec=$app_dir/goedwerk|" "$here/goedwerk.desktop" > "$apps_dir/goedwerk.desktop"
for icon in "$here"/icons/hicolor/*/apps/goedwerk.*; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$icons_dir/$size/apps"
  cp "$icon" "$icons_dir/$size/apps/"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps_dir" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons_dir" 2>/dev/null || true

echo "Goed Werk is geïnstalleerd in $app_dir"
echo "Starten: kies Goed Werk in het menu, of typ: goedwerk"
case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) echo "Let op: $bin_dir staat nog niet in je PATH (na opnieuw inloggen meestal wel); tot dan: $bin_dir/goedwerk" ;;
esac
echo "Verwijderen: $app_dir/uninstall.sh (je eigen gegevens blijven bewaard)"
