/* The floor for any libyaml-based linter: read each file and run libyaml's event parser over
 * it, doing nothing with the events. Files are read whole, as `sop lint` reads them.
 *
 *     gcc -O2 -o yaml-scan Tests/Benchmarks/lint/yaml-scan.c -lyaml
 *     ./yaml-scan FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv) {
    unsigned long events = 0;
    int failures = 0;
    for (int i = 1; i < argc; i++) {
        FILE *file = fopen(argv[i], "rb");
        if (!file) { perror(argv[i]); return 2; }
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        fseek(file, 0, SEEK_SET);
        unsigned char *bytes = malloc(size > 0 ? size : 1);
        if (fread(bytes, 1, size, file) != (size_t)size) { perror(argv[i]); return 2; }
        fclose(file);
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, bytes, size);
        for (;;) {
            if (!yaml_parser_parse(&parser, &event)) { failures++; break; }
            int done = event.type == YAML_STREAM_END_EVENT;
            events++;
            yaml_event_delete(&event);
            if (done) break;
        }
        yaml_parser_delete(&parser);
        free(bytes);
    }
    printf("%d files, %lu events, %d with syntax errors\n", argc - 1, events, failures);
    return 0;
}
