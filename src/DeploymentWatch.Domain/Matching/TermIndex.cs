using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// Every pattern of every profile, folded and de-duplicated into one term list for one multi-pattern matcher,
/// with what each term means to each topic.
/// </summary>
internal sealed class TermIndex
{
    private TermIndex(IReadOnlyList<string> terms, IReadOnlyList<TermUse[]> uses)
    {
        Terms = terms;
        Uses = uses;
    }

    public IReadOnlyList<string> Terms { get; }

    public IReadOnlyList<TermUse[]> Uses { get; }

    public static TermIndex Build(ProfileSet profiles)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var uses = new List<List<TermUse>>();

        void Add(string pattern, TermUse use)
        {
            var folded = TextFolder.Fold(pattern.Trim());
            if (folded.Length == 0)
            {
                return;
            }

            if (!ids.TryGetValue(folded, out var id))
            {
                id = terms.Count;
                ids[folded] = id;
                terms.Add(folded);
                uses.Add([]);
            }

            if (!uses[id].Contains(use))
            {
                uses[id].Add(use);
            }
        }

        for (var t = 0; t < profiles.Topics.Count; t++)
        {
            var topic = profiles.Topics[t];
            foreach (var entity in topic.Entities)
            {
                foreach (var alias in entity.Aliases.Append(entity.Name))
                {
                    Add(alias, new TermUse(t, TermRole.Entity, entity.Name));
                }
            }

            foreach (var trigger in topic.Triggers)
            {
                Add(trigger, new TermUse(t, TermRole.Trigger, trigger));
            }

            foreach (var context in topic.Context)
            {
                Add(context, new TermUse(t, TermRole.Context, context));
            }

            foreach (var exclusion in topic.Exclusions)
            {
                Add(exclusion, new TermUse(t, TermRole.Exclusion, exclusion));
            }

            foreach (var phrase in topic.Ignore)
            {
                Add(phrase, new TermUse(t, TermRole.Ignore, phrase));
            }

            foreach (var other in topic.Others)
            {
                Add(other, new TermUse(t, TermRole.Other, other));
            }
        }

        return new TermIndex(terms, uses.Select(u => u.ToArray()).ToArray());
    }
}
