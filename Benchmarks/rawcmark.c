/* The raw limit: cmark-gfm converting every news file and writing one HTML file per page, no templates.
 *   cc -O2 Benchmarks/rawcmark.c $(pkg-config --cflags --libs libcmark-gfm) -lcmark-gfm-extensions -o rawcmark
 *   rawcmark CONTENT_NEWS_DIR OUT_DIR */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: rawcmark IN_DIR OUT_DIR\n"); return 2; }
    cmark_gfm_core_extensions_ensure_registered();
    const char *names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
    mkdir(argv[2], 0755);
    DIR *dir = opendir(argv[1]);
    if (!dir) { perror(argv[1]); return 1; }
    struct dirent *entry;
    int count = 0;
    while ((entry = readdir(dir))) {
        size_t len = strlen(entry->d_name);
        if (len < 4 || strcmp(entry->d_name + len - 3, ".md")) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[1], entry->d_name);
        FILE *in = fopen(path, "rb");
        if (!in) continue;
        fseek(in, 0, SEEK_END);
        long size = ftell(in);
        fseek(in, 0, SEEK_SET);
        char *text = malloc(size + 1);
        size_t got = fread(text, 1, size, in);
        fclose(in);
        text[got] = 0;
        char *body = text;
        if (!strncmp(body, "---\n", 4)) { char *end = strstr(body + 4, "\n---\n"); if (end) body = end + 5; }
        cmark_parser *parser = cmark_parser_new(CMARK_OPT_FOOTNOTES);
        for (int i = 0; i < 5; i++) cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(names[i]));
        cmark_parser_feed(parser, body, strlen(body));
        cmark_node *doc = cmark_parser_finish(parser);
        char *html = cmark_render_html(doc, CMARK_OPT_FOOTNOTES, cmark_parser_get_syntax_extensions(parser));
        char outdir[4096], out[4096];
        snprintf(outdir, sizeof outdir, "%s/%.*s", argv[2], (int)(len - 3), entry->d_name);
        mkdir(outdir, 0755);
        snprintf(out, sizeof out, "%s/index.html", outdir);
        FILE *o = fopen(out, "wb");
        if (o) { fputs(html, o); fclose(o); }
        free(html);
        cmark_node_free(doc);
        cmark_parser_free(parser);
        free(text);
        count++;
    }
    closedir(dir);
    printf("%d pages\n", count);
    return 0;
}
