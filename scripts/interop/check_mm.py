"""Checks a Freeplane `.mm` map written by atelier, with Python's own XML parser.

- the file is well-formed XML whose root is <map version="freeplane ...">;
- every node has an ID, and no two nodes share one;
- every internal link (LINK="#ID") names the ID of a node of the same file.
With --original FILE (the map the export was imported from): each internal link leads from
and to nodes with the same texts as in the original, wherever the original gives both texts
as TEXT attributes (its rich-text nodes have none). With --links N: exactly N internal links.

Usage: python check_mm.py MAP.mm [--original ORIGINAL.mm] [--links N]
Exit status 0 when every check holds, 1 otherwise (each failure on its own line).
"""

import argparse
import collections
import sys
import xml.etree.ElementTree as ET


def internal_links(root):
    """(source node, target id) for every internal link."""
    return [
        (node, node.get("LINK")[1:])
        for node in root.iter("node")
        if (node.get("LINK") or "").startswith("#")
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("map")
    parser.add_argument("--original")
    parser.add_argument("--links", type=int)
    args = parser.parse_args()
    problems = []
    try:
        root = ET.parse(args.map).getroot()
    except ET.ParseError as err:
        print(f"{args.map}: not well-formed XML: {err}")
        return 1
    version = root.get("version", "")
    if root.tag != "map" or not version.startswith("freeplane "):
        problems.append(f'root is <{root.tag} version="{version}">, not a Freeplane map')
    nodes = list(root.iter("node"))
    by_id = {}
    for node in nodes:
        node_id = node.get("ID")
        if not node_id:
            problems.append(f"a node without ID: {node.get('TEXT')!r}")
        elif node_id in by_id:
            problems.append(f"two nodes share the ID {node_id}")
        else:
            by_id[node_id] = node
    links = internal_links(root)
    for source, target in links:
        if target not in by_id:
            problems.append(f"the link of {source.get('ID')} ({source.get('TEXT')!r}) to #{target} leads nowhere")
    if args.links is not None and len(links) != args.links:
        problems.append(f"{len(links)} internal links, {args.links} expected")
    if args.original:
        original = ET.parse(args.original).getroot()
        original_ids = {n.get("ID"): n for n in original.iter("node")}
        expected = collections.Counter(
            (source.get("TEXT"), original_ids[target].get("TEXT"))
            for source, target in internal_links(original)
            if target in original_ids
            and source.get("TEXT") is not None
            and original_ids[target].get("TEXT") is not None
        )
        found = collections.Counter(
            (source.get("TEXT"), by_id[target].get("TEXT"))
            for source, target in links
            if target in by_id
        )
        missing = expected - found
        for (source, target), count in missing.items():
            problems.append(f"the link {source!r} -> {target!r} (x{count}) of the original is lost")
        if not expected:
            problems.append("the original has no internal link between plain-text nodes")
    for problem in problems:
        print(f"{args.map}: {problem}")
    if not problems:
        print(f"{args.map}: {len(nodes)} nodes, {len(links)} internal links, all resolved")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
