#!/bin/sh
# Remove Goed Werk for the current user: the app, the command, the menu entry and the icons that
# install.sh put there. Your own data (~/.local/share/goedwerk: packs, reflections, backups)
# stays where it is; delete that folder yourself if you really want it gone.
set -eu
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/goedwerk
bin_link=$HOME/.local/bin/goedwerk
apps_dir=$data_home/applications
icons_dir=$data_home/icons/hicolor

if [ -L "$bin_link" ] && [ "$(readlink "$bin_link")" = "$app_dir/goedwerk" ]; then
  rm -f "$bin_link"
fi
rm -f "$apps_dir/goedwerk.desktop"
for icon in "$icons_dir"/*/apps/goedwerk.png "$icons_dir"/*/apps/goedwerk.svg; do
  [ -e "$icon" ] && rm -f "$icon"
done
case "$app_dir" in
  "$HOME"/.local/lib/goedwerk) rm -rf "$app_dir" ;;
esac
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps_dir" || true
echo "Goed Werk is verwijderd."
echo "Je eigen gegevens staan nog in ${GOEDWERK_DATA_DIR:-$data_home/goedwerk}."
