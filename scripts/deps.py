#!/usr/bin/env python3
"""Prints which top-level modules of src/ import which (crate::NAME paths outside tests), and the pairs that import each other."""
import os,re,sys,collections
root=sys.argv[1] if len(sys.argv)>1 else 'src'
tops={d for d in os.listdir(root) if os.path.isdir(os.path.join(root,d))}
edges=collections.defaultdict(lambda: collections.Counter())
for d in tops:
    for dp,_,fs in os.walk(os.path.join(root,d)):
        for f in fs:
            if not f.endswith('.rs'): continue
            p=os.path.join(dp,f); s=open(p).read()
            s=re.sub(r'#\[cfg\(test\)\]\s*mod tests \{.*','',s,flags=re.S)
            for m in re.finditer(r'crate::([a-z0-9_]+)',s):
                t=m.group(1)
                if t in tops and t!=d: edges[d][t]+=1
for d in sorted(edges):
    print(d,'->',dict(edges[d]))
print('cycles:')
for a in edges:
    for b in edges[a]:
        if a<b and a in edges.get(b,{}): print(' ',a,'<->',b, edges[a][b], edges[b][a])
