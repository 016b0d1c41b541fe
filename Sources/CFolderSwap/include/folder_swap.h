#ifndef PLANPRESS_FOLDER_SWAP_H
#define PLANPRESS_FOLDER_SWAP_H

/// Atomically exchanges two paths on one file system (Linux renameat2 RENAME_EXCHANGE).
/// Returns 0 on success, -1 when the system cannot exchange them (errno is set).
int planpress_exchange_paths(const char *a, const char *b);

#endif
