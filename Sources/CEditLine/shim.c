#include "CEditLine.h"
#include <signal.h>
#include <string.h>

FILE *cel_stdin(void) { return stdin; }
FILE *cel_stdout(void) { return stdout; }
FILE *cel_stderr(void) { return stderr; }

EditLine *cel_init(const char *prog) { return el_init(prog, stdin, stdout, stderr); }
void cel_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) { el_set(el, EL_PROMPT, prompt); }
void cel_set_editor_emacs(EditLine *el) { el_set(el, EL_EDITOR, "emacs"); }
void cel_set_history(EditLine *el, History *h) { el_set(el, EL_HIST, history, h); }
void cel_set_complete(EditLine *el, unsigned char (*fn)(EditLine *, int)) {
    el_set(el, EL_ADDFN, "lab-complete", "Complete the word", fn);
    el_set(el, EL_BIND, "^I", "lab-complete", NULL);
}
void cel_set_signal(EditLine *el, int on) { el_set(el, EL_SIGNAL, on); }
void cel_set_clientdata(EditLine *el, void *data) { el_set(el, EL_CLIENTDATA, data); }
void *cel_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

History *cel_history_init(int size) {
    HistEvent ev;
    History *h = history_init();
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}
void cel_history_enter(History *h, const char *line) { HistEvent ev; history(h, &ev, H_ENTER, line); }
int cel_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
int cel_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }

static volatile sig_atomic_t cel_sigint_flag = 0;
static void cel_on_sigint(int sig) { (void)sig; cel_sigint_flag = 1; }
void cel_install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = cel_on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: el_gets returns with EINTR */
    sigaction(SIGINT, &sa, NULL);
}
int cel_take_sigint(void) { int f = cel_sigint_flag; cel_sigint_flag = 0; return f; }
