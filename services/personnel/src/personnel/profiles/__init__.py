"""The official profile (sơ yếu lý lịch hợp nhất, TT 06/2023/TT-BNV) and its pure rules."""
