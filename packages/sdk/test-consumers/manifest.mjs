// The manifest every consumer assesses, and the foreign share worked out by hand.
//
// One system, three dependencies of equal weight (same system, same criticality):
//   ovhcloud-public-cloud — OVH Groupe, controlled from FR (in the home bloc eu27)
//   aws-ec2               — Amazon.com, Inc., controlled from US (foreign)
//   azure                 — Microsoft Corporation, controlled from US (foreign)
// foreign share = 2 foreign / 3 dependencies = 0.6667 (rounded to 4 places).
export const manifestText = `sovmap: 1
organisation: { name: Consumer test, country: FR }
systems:
  - id: web
    name: Website
    criticality: high
    dependencies:
      - { offering: ovhcloud-public-cloud }
      - { offering: aws-ec2 }
      - { offering: azure }
`
export const expectedForeignShare = 0.6667
