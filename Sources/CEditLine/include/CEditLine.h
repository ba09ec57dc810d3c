#ifndef CEDITLINE_H
#define CEDITLINE_H
#include <stdio.h>
#include <histedit.h>

/// The C standard streams, handed to Swift (Swift 6 rejects the C globals).
FILE *cel_stdin(void);
FILE *cel_stdout(void);
FILE *cel_stderr(void);

/// Wrappers for libedit's variadic calls.
EditLine *cel_init(const char *prog);
void cel_set_prompt(EditLine *el, char *(*prompt)(EditLine *));
void cel_set_editor_emacs(EditLine *el);
void cel_set_history(EditLine *el, History *h);
void cel_set_complete(EditLine *el, unsigned char (*fn)(EditLine *, int));
void cel_set_signal(EditLine *el, int on);
void cel_set_clientdata(EditLine *el, void *data);
void *cel_get_clientdata(EditLine *el);

History *cel_history_init(int size);
void cel_history_enter(History *h, const char *line);
int cel_history_load(History *h, const char *path);
int cel_history_save(History *h, const char *path);

/// Installs a SIGINT handler without SA_RESTART that sets a flag, so el_gets returns with EINTR.
void cel_install_sigint(void);
int cel_take_sigint(void);
#endif
