"""The labour app's rows in the permission matrix: 'Mijn werk' reads ESCO, public figures and the visitor's own
scan (its municipality, its plan), so it is open to everyone, like the scan itself."""

from wegwijzer.accounts.matrix import PUBLIC

RULES = {"labour:my_work": PUBLIC, "labour:choose_goal": PUBLIC}
