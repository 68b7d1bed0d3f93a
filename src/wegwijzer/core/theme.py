"""The look of the organisation that offers this Wegwijzer: its name, logo and two colours over Wegwijzer's calm
base (NL Design System's Voorbeeld theme, core/assets/wegwijzer.css).

No Django here: the values come from settings (core/context_processors.py), are checked once when the server starts
(CoreConfig.ready) and become a handful of CSS custom properties. Nothing the operator types reaches the page as
CSS: a colour is accepted only as #rrggbb, and only when white text on it is easy to read; the logo only as a small
PNG or SVG file, which the page shows as an <img> (a browser runs no script in an SVG shown that way).
"""

import base64
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
MIN_CONTRAST = 4.5  # WCAG 1.4.3 AA for normal text: white text on a button or on the band at the top
MAX_LOGO_BYTES = 100_000  # the logo goes into every page as a data: address
LOGO_TYPES = {".png": "image/png", ".svg": "image/svg+xml"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# The custom property each colour setting sets; wegwijzer.css maps them onto the Voorbeeld theme's tokens.
COLOUR_PROPERTIES = {
    "WEGWIJZER_THEME_COLOUR": "--wegwijzer-primary",  # buttons and links
    "WEGWIJZER_THEME_HEADER_COLOUR": "--wegwijzer-header-background",  # the band at the top of every page
}
EXAMPLE_LOGOS = Path(__file__).parent / "example_logos"


class ThemeError(ValueError):
    """A setting of the organisation's look that Wegwijzer refuses; the message says, in Dutch, what to change."""


@dataclass(frozen=True)
class Example:
    """One of the two example municipalities of the demo (made-up names, colours and logos)."""

    name: str
    logo: Path
    colour: str
    header_colour: str


EXAMPLES = {
    "demodam": Example("Gemeente Demodam", EXAMPLE_LOGOS / "demodam.svg", "#1b5e3b", "#14472c"),
    "voorbeeldstad": Example("Gemeente Voorbeeldstad", EXAMPLE_LOGOS / "voorbeeldstad.svg", "#8a3a12", "#5c2a10"),
}


@dataclass(frozen=True)
class Theme:
    """What the pages show: the organisation's name and logo in the header, and its colours as custom properties."""

    name: str = ""
    logo: str = ""  # a data: address, or empty
    colours: tuple[tuple[str, str], ...] = ()  # (custom property, #rrggbb)
    is_example: bool = False

    @property
    def css(self) -> str:
        """The organisation's custom properties, on the root element, winning over wegwijzer.css's defaults."""
        if not self.colours:
            return ""
        lines = "".join(f"{prop}:{value};" for prop, value in self.colours)
        return f"html.voorbeeld-theme.wegwijzer-theme{{{lines}}}"


def _channel(value: int) -> float:
    srgb = value / 255
    return srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4


def contrast_with_white(colour: str) -> float:
    """WCAG's contrast ratio of white text on ``colour`` (#rrggbb)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)
    return 1.05 / (luminance + 0.05)


def checked_colour(setting: str, value: str) -> str:
    if not HEX_COLOUR.fullmatch(value):
        raise ThemeError(
            f"{setting}: '{value}' is geen kleur die Wegwijzer kent. Schrijf een kleur als # en zes tekens 0-9 of "
            "a-f, bijvoorbeeld #00568b."
        )
    ratio = contrast_with_white(value)
    if ratio < MIN_CONTRAST:
        raise ThemeError(
            f"{setting}: '{value}' is te licht. Witte tekst op deze kleur is slecht te lezen (contrast "
            f"{ratio:.1f} op 1, minstens {MIN_CONTRAST} op 1 nodig). Kies een donkerdere kleur."
        )
    return value.lower()


def logo_address(setting: str, path: Path) -> str:
    """The logo file as a data: address, after checking that it is a small PNG or SVG."""
    kind = LOGO_TYPES.get(path.suffix.lower())
    if kind is None:
        raise ThemeError(f"{setting}: het logo moet een PNG- of SVG-bestand zijn, niet '{path.name}'.")
    try:
        content = path.read_bytes()
    except OSError:
        raise ThemeError(f"{setting}: het bestand '{path}' is er niet of Wegwijzer mag het niet lezen.") from None
    if len(content) > MAX_LOGO_BYTES:
        raise ThemeError(f"{setting}: het logo is te groot ({len(content) // 1000} kB, hoogstens 100 kB).")
    looks_right = content.startswith(PNG_SIGNATURE) if kind == "image/png" else b"<svg" in content[:1000]
    if not looks_right:
        raise ThemeError(f"{setting}: '{path.name}' is geen echt {path.suffix.lstrip('.').upper()}-bestand.")
    return f"data:{kind};base64,{base64.b64encode(content).decode('ascii')}"


@lru_cache(maxsize=8)
def build_theme(name: str, logo: str, colour: str, header_colour: str, example: str, demo: bool) -> Theme:
    """The theme of these settings (see conf/base.py), or ThemeError with a Dutch message saying what to change.
    An example municipality fills in what the settings leave empty, and only in demo mode."""
    if example:
        if not demo:
            raise ThemeError("WEGWIJZER_THEME_EXAMPLE: een voorbeeldgemeente kan alleen in de demo.")
        if example not in EXAMPLES:
            raise ThemeError(f"WEGWIJZER_THEME_EXAMPLE: kies {' of '.join(EXAMPLES)}, niet '{example}'.")
        chosen = EXAMPLES[example]
        name, logo = name or chosen.name, logo or str(chosen.logo)
        colour, header_colour = colour or chosen.colour, header_colour or chosen.header_colour
    values = {"WEGWIJZER_THEME_COLOUR": colour, "WEGWIJZER_THEME_HEADER_COLOUR": header_colour}
    colours = tuple(
        (prop, checked_colour(setting, values[setting]))
        for setting, prop in COLOUR_PROPERTIES.items()
        if values[setting]
    )
    if header_colour:  # the checked colour carries white text: the name and the menu on the band turn white
        colours += (("--wegwijzer-header-color", "#ffffff"),)
    return Theme(
        name=name,
        logo=logo_address("WEGWIJZER_THEME_LOGO", Path(logo)) if logo else "",
        colours=colours,
        is_example=bool(example),
    )
