"""Loads GDELT and ICEWS event files as an SQL engine holds them: a table
`events` with the format's own column names (GDELT's header files, ICEWS's
header row), every column text, an empty field NULL. The loader does what an
engine's CSV reader in strict mode does with a row of another width: drops it
(a 57-column GDELT 1.0 row is a 58-column row without SOURCEURL)."""
import csv
import gzip

# GDELT 1.0's header file (the 58 columns of the daily files; the historical
# files stop before SOURCEURL). GDELT 2.0 adds an ADM2Code to each place.
GDELT1 = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_Lat Actor1Geo_Long "
    "Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_Lat Actor2Geo_Long "
    "Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_Lat ActionGeo_Long "
    "ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()
GDELT2 = [n for c in GDELT1 for n in ([c, c.replace("ADM1", "ADM2")] if "ADM1Code" in c else [c])]
assert len(GDELT1) == 58 and len(GDELT2) == 61


def _lines(path):
    opener = gzip.open if path.endswith(".gz") else open
    # errors="replace": a few refs are not UTF-8; the query reads none of them
    with opener(path, "rt", encoding="utf-8", errors="replace", newline="") as f:
        for line in f:
            yield line.rstrip("\n").rstrip("\r")


def event_table(source, paths):
    """The column names and the rows (lists of text or None) of the files."""
    names, rows = None, []
    for path in paths:
        lines = _lines(path)
        if source == "icews":
            header = next(lines).split("\t")
            if names is None:
                names = header
        else:
            names = GDELT1 if source == "gdelt1" else GDELT2
        for line in lines:
            fields = line.split("\t")
            if source == "gdelt1" and len(fields) == 57:
                fields.append("")
            if len(fields) != len(names):
                continue
            rows.append([f if f != "" else None for f in fields])
    return names, rows


def write_table_csv(source, paths, out_path, reverse=False):
    """The table as one CSV file with a header row, as engines load it; its
    rows in reverse order with `reverse`."""
    names, rows = event_table(source, paths)
    if reverse:
        rows.reverse()
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(names)
        for row in rows:
            w.writerow(["" if v is None else v for v in row])
    return names
