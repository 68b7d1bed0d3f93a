"""`wegwijzer advise`: one Profiel (JSON) on stdin, one Advies (JSON) on stdout.

Invalid input: exit status 2 and one Dutch line on stderr naming the field; nothing on stdout, no traceback.
"""

import json
import sys

from django.core.management.base import BaseCommand

from wegwijzer.advice.engine import ProfileError, advise, parse_profile
from wegwijzer.advice.engine.profile import MAX_PROFILE_BYTES


class Command(BaseCommand):
    help = "Lees een profiel (JSON) van stdin en schrijf het advies (JSON) naar stdout."
    requires_system_checks = []

    def handle(self, *args, **options):
        # One byte more than allowed is enough to know the input is too large, without reading all of it.
        raw = sys.stdin.buffer.read(MAX_PROFILE_BYTES + 1)
        try:
            profile = parse_profile(raw)
        except ProfileError as error:
            field = f"veld '{error.field}': " if error.field else ""
            sys.stderr.write(f"Ongeldig profiel: {field}{error.message}\n")
            raise SystemExit(2) from None
        json.dump(advise(profile), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
