using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Storage.Postgres.Activity;

internal sealed class ActivityRowConfiguration : IEntityTypeConfiguration<ActivityRow>
{
    /// <summary>Hands out <see cref="ActivityRow.Position"/>: later pushes get larger numbers, on any node.</summary>
    public const string PositionSequence = "activity_position";

    public void Configure(EntityTypeBuilder<ActivityRow> entry)
    {
        entry.ToTable("activity");
        entry.HasKey(e => new { e.UserId, e.List, e.DocumentId });
        entry.Property(e => e.Position).HasDefaultValueSql($"nextval('{PositionSequence}')");
    }
}
