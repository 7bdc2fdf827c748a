// Generates custom-elements.json for autodocs, IDEs and framework wrappers.
// Only the public surface is documented: private, protected, #private, @internal and
// underscore-prefixed members are stripped.
function isPublic(member) {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (member.name?.startsWith('_') || member.name?.startsWith('#')) return false;
  if (member.description?.includes('@internal') || member.internal) return false;
  return true;
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/**/index.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'tailorkit-public-only',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node)) return;
        const klass = moduleDoc.declarations?.find((d) => d.name === node.name?.getText());
        if (!klass) return;
        // JSDoc @internal on a member marks it as not part of the public surface.
        for (const member of node.members) {
          const tags = ts.getJSDocTags(member).map((t) => t.tagName.getText());
          if (tags.includes('internal')) {
            const name = member.name?.getText();
            const doc = klass.members?.find((m) => m.name === name);
            if (doc) doc.internal = true;
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members) decl.members = decl.members.filter(isPublic).map(({ internal: _i, ...m }) => m);
            if (decl.attributes) decl.attributes = decl.attributes.filter(isPublic);
          }
        }
      },
    },
  ],
};
