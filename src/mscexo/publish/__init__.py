"""What the release offers beyond the tables: citation, differences, exports, site."""
