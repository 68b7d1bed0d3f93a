"""The funding app's rows in the permission matrix: the schemes page shows the visitor's own scan, so it is public."""

from wegwijzer.accounts.matrix import PUBLIC

RULES = {"funding:mine": PUBLIC}
