"""Baseline: the script an analyst would otherwise write with openpyxl (read-only mode).

Reads every return in a folder, finds the statuses through the defined names and computes per
theme the share of principles marked 'Uitgevoerd'. Prints the peak RSS (KB) as JSON on the last
line of stderr, like the other benchmark children.
"""
import json
import os
import re
import resource
import sys

import openpyxl


def ranges(wb, name):
    dn = wb.defined_names[name] if hasattr(wb.defined_names, "__getitem__") else wb.defined_names.get(name)
    return list(dn.destinations)[0]


def main(folder):
    shares = {}
    files = 0
    for name in sorted(f for f in os.listdir(folder) if f.endswith(".xlsx")):
        wb = openpyxl.load_workbook(os.path.join(folder, name), read_only=True, data_only=True)
        sheet, ref = ranges(wb, "nr")
        _, status_ref = ranges(wb, "status")
        first, last = (int(x) for x in re.findall(r"\d+", ref))
        status_col = re.match(r"\$?([A-Z]+)", status_ref).group(1)
        ws = wb[sheet]
        ids = {r[0].row: r[0].value for r in ws.iter_rows(min_row=first, max_row=last, min_col=1, max_col=1)}
        col = openpyxl.utils.column_index_from_string(status_col)
        for row in ws.iter_rows(min_row=first, max_row=last, min_col=col, max_col=col):
            cell = row[0]
            pid = ids.get(cell.row)
            if not isinstance(pid, str) or not pid:
                continue
            theme = pid.split(".")[0]
            s = shares.setdefault(theme, [0, 0])
            s[1] += 1
            if cell.value == "Uitgevoerd":
                s[0] += 1
        wb.close()
        files += 1
    print(f"{files} files; " + ", ".join(f"{t}: {100 * s[0] / s[1]:.1f}%" for t, s in shares.items()))
    sys.stderr.write("\n" + json.dumps({"maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "cpuMs": 1000 * (resource.getrusage(resource.RUSAGE_SELF).ru_utime + resource.getrusage(resource.RUSAGE_SELF).ru_stime)}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
